package nl.abro.checker.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Checks {@link UniqueConstraint}s as the elements stream by, with a hash table per constraint
 * scope, and reports a duplicate to the error handler at the start tag of the second element,
 * naming the line of the first.
 */
final class UniqueValues extends XMLFilterImpl {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final List<UniqueConstraint> constraints;
    private final ErrorHandler errors;
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private Locator locator;
    private int depth;

    /** One element that carries a constraint, while it is open. */
    private static final class Scope {
        final UniqueConstraint constraint;
        final int depth;
        /** How many steps of the selector the open elements below the scope's element match. */
        int matched;
        final Map<String, Integer> firstLines = new HashMap<>();

        Scope(UniqueConstraint constraint, int depth) {
            this.constraint = constraint;
            this.depth = depth;
        }
    }

    UniqueValues(List<UniqueConstraint> constraints, ErrorHandler errors, ContentHandler next) {
        this.constraints = constraints;
        this.errors = errors;
        setContentHandler(next);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        for (Scope scope : scopes) {
            List<QName> steps = scope.constraint.selector();
            if (scope.matched < steps.size() && depth == scope.depth + scope.matched + 1
                    && is(steps.get(scope.matched), uri, localName)) {
                scope.matched++;
                if (scope.matched == steps.size()) {
                    select(scope, localName, atts);
                }
            }
        }
        for (UniqueConstraint constraint : constraints) {
            if (is(constraint.element(), uri, localName)) {
                scopes.push(new Scope(constraint, depth));
            }
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        while (!scopes.isEmpty() && scopes.peek().depth == depth) {
            scopes.pop();
        }
        for (Scope scope : scopes) {
            if (scope.matched > 0 && depth == scope.depth + scope.matched) {
                scope.matched--;
            }
        }
        depth--;
        super.endElement(uri, localName, qName);
    }

    private void select(Scope scope, String localName, Attributes atts) throws SAXException {
        String raw = atts.getValue("", scope.constraint.attribute());
        if (raw == null) {
            return; // xs:unique, unlike xs:key, lets the field be absent
        }
        String value = collapse(raw);
        int line = locator == null ? -1 : locator.getLineNumber();
        Integer first = scope.firstLines.putIfAbsent(value, line);
        if (first != null) {
            errors.error(new SAXParseException("duplicate <" + localName + "> with " + scope.constraint.attribute() + "=\"" + value + "\""
                    + (first > 0 ? " (the first is on line " + first + ")" : ""), locator));
        }
    }

    private static String collapse(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isWhitespace(raw.charAt(i))) {
                return WHITE_SPACE.matcher(raw.strip()).replaceAll(" ");
            }
        }
        return raw;
    }

    private static boolean is(QName name, String uri, String localName) {
        return name.getLocalPart().equals(localName) && name.getNamespaceURI().equals(uri == null ? "" : uri);
    }
}
