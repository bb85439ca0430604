package nl.abro.checker.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a view's {@code d:facts}: a thing the text does not show (a comment, a script, an
 * embedded file), as neutral data.
 *
 * @param attributes in the order they are written; null values are left out
 */
record Fact(String kind, Map<String, Object> attributes, String text) {
    /** The order of kinds in the view, as document-view.md lists them. */
    static final List<String> KINDS = List.of("encryption", "comment", "insertion", "deletion", "hidden-text",
            "embedded-file", "javascript", "form-field");

    static Fact of(String kind, String text, Object... namesAndValues) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            attributes.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Fact(kind, attributes, text);
    }
}
