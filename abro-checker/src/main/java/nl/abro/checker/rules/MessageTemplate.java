package nl.abro.checker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmValue;

/** A message text with {XPath} placeholders, compiled once. "{{" and "}}" stand for braces. */
final class MessageTemplate {
    private final List<Object> parts;

    private MessageTemplate(List<Object> parts) {
        this.parts = parts;
    }

    /** Compiles one placeholder in the rule's scope. */
    interface PlaceholderCompiler {
        XPathExecutable compile(String xpath) throws RuleCompilationException;
    }

    interface Evaluator {
        XdmValue evaluate(XPathExecutable executable) throws SaxonApiException;
    }

    static MessageTemplate parse(String text, PlaceholderCompiler compile, String where)
            throws RuleCompilationException {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int end = text.indexOf('}', i + 1);
                if (end < 0) {
                    throw new RuleCompilationException(where + ": unclosed '{' in message text");
                }
                if (!literal.isEmpty()) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(compile.compile(text.substring(i + 1, end)));
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(literal.toString());
        }
        return new MessageTemplate(parts);
    }

    String render(Evaluator evaluator) throws SaxonApiException {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.append(text);
            } else {
                XdmValue value = evaluator.evaluate((XPathExecutable) part);
                out.append(value.stream().map(XdmItem::getStringValue).collect(Collectors.joining(", ")));
            }
        }
        return out.toString();
    }

    List<XPathExecutable> expressions() {
        return parts.stream().filter(XPathExecutable.class::isInstance).map(XPathExecutable.class::cast).toList();
    }
}
