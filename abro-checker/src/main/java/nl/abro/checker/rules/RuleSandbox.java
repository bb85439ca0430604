package nl.abro.checker.rules;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.expr.Expression;
import net.sf.saxon.expr.FunctionCall;
import net.sf.saxon.expr.Operand;
import net.sf.saxon.functions.hof.FunctionLiteral;
import net.sf.saxon.om.FunctionItem;
import net.sf.saxon.om.NamespaceUri;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.s9api.XPathExecutable;

/**
 * Keeps rules to the document they are given. A rule may not call functions that read files,
 * URLs, collections or the environment, may not look functions up dynamically, and may not call
 * extension functions. Checked twice when a pack is compiled: on the text, where the author wrote
 * it (clear messages, nothing optimised away yet), and on Saxon's compiled expression tree.
 */
final class RuleSandbox {
    static final Set<String> FORBIDDEN = Set.of(
            "doc", "doc-available", "collection", "uri-collection", "unparsed-text", "unparsed-text-lines",
            "unparsed-text-available", "environment-variable", "available-environment-variables", "json-doc",
            "transform", "load-xquery-module", "function-lookup", "put", "parse-xml", "parse-xml-fragment");
    static final Set<String> ALLOWED_PREFIXES = Set.of("fn", "math", "map", "array", "xs");
    private static final Set<String> STANDARD_NAMESPACES = Set.of(
            NamespaceUri.FN.toString(), NamespaceUri.MATH.toString(), NamespaceUri.MAP_FUNCTIONS.toString(),
            NamespaceUri.ARRAY_FUNCTIONS.toString(), NamespaceUri.SCHEMA.toString());
    /** A function name followed by "(" or "#": a call or a named function reference. */
    private static final Pattern CALL = Pattern.compile(
            "(Q\\{[^}]*}[\\w.-]+|(?<![\\w.$@-])(?:[A-Za-z_][\\w.-]*:)?[A-Za-z_][\\w.-]*)\\s*(\\(|#\\d)");
    private RuleSandbox() {
    }

    /** Returns why the expression text is not allowed, or null. */
    static String checkText(String xpath) {
        Matcher call = CALL.matcher(stripLiterals(xpath));
        while (call.find()) {
            String name = call.group(1);
            if (name.startsWith("Q{")) {
                return "function " + name + " is not allowed in rules (only standard XPath functions)";
            }
            int colon = name.indexOf(':');
            String prefix = colon < 0 ? null : name.substring(0, colon);
            String local = colon < 0 ? name : name.substring(colon + 1);
            if (prefix != null && !ALLOWED_PREFIXES.contains(prefix)) {
                return "function " + name + "() is not allowed in rules (extension functions are refused)";
            }
            if ((prefix == null || prefix.equals("fn")) && FORBIDDEN.contains(local)) {
                return "function " + local + "() is not allowed in rules: a rule may read only the document it checks";
            }
        }
        return null;
    }

    /** Returns why the compiled expression is not allowed, or null. */
    static String checkCompiled(XPathExecutable executable) {
        return walk(executable.getUnderlyingExpression().getInternalExpression());
    }

    private static String walk(Expression expression) {
        if (expression instanceof FunctionCall call) {
            String problem = judge(call.getFunctionName());
            if (problem != null) {
                return problem;
            }
        }
        if (expression instanceof FunctionLiteral literal) {
            FunctionItem function = literal.getGroundedValue();
            String problem = function == null ? null : judge(function.getFunctionName());
            if (problem != null) {
                return problem;
            }
        }
        for (Operand operand : expression.operands()) {
            String problem = walk(operand.getChildExpression());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String judge(StructuredQName name) {
        if (name == null) {
            return null;
        }
        String uri = name.getNamespaceUri().toString();
        if (uri.equals(NamespaceUri.FN.toString()) && FORBIDDEN.contains(name.getLocalPart())) {
            return "function " + name.getLocalPart() + "() is not allowed in rules: a rule may read only the document it checks";
        }
        if (!STANDARD_NAMESPACES.contains(uri) && !uri.equals(NamespaceUri.SAXON.toString()) && !uri.isEmpty()) {
            return "function Q{" + uri + "}" + name.getLocalPart() + " is not allowed in rules (extension functions are refused)";
        }
        return null;
    }

    /** Blanks out string literals and comments, so text inside them is not taken for a call. */
    static String stripLiterals(String xpath) {
        StringBuilder out = new StringBuilder(xpath.length());
        int depth = 0;
        for (int i = 0; i < xpath.length(); i++) {
            char c = xpath.charAt(i);
            if (depth == 0 && (c == '"' || c == '\'')) {
                int end = i + 1;
                while (end < xpath.length()) {
                    if (xpath.charAt(end) == c) {
                        if (end + 1 < xpath.length() && xpath.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                out.append(c).append(" ".repeat(Math.max(0, Math.min(end, xpath.length()) - i - 1)));
                if (end < xpath.length()) {
                    out.append(c);
                }
                i = end;
            } else if (c == '(' && i + 1 < xpath.length() && xpath.charAt(i + 1) == ':') {
                depth++;
                out.append("  ");
                i++;
            } else if (depth > 0 && c == ':' && i + 1 < xpath.length() && xpath.charAt(i + 1) == ')') {
                depth--;
                out.append("  ");
                i++;
            } else {
                out.append(depth > 0 ? ' ' : c);
            }
        }
        return out.toString();
    }
}
