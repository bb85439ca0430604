package nl.abro.checker.schematron;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmArray;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmValue;

/**
 * Writes a value bound by the checker as an XPath 3.1 expression that evaluates to the same value,
 * with the same types: {@code xs:int('3')} stays an xs:int, a date an xs:date, a map a map. So a
 * rule that compares or type-tests a variable behaves in the exported schema as in the engine.
 */
final class XPathLiterals {
    private static final String XS = "http://www.w3.org/2001/XMLSchema";

    private XPathLiterals() {
    }

    static String of(XdmValue value) {
        if (value.size() == 1) {
            return item(value.itemAt(0));
        }
        List<String> items = new ArrayList<>();
        for (XdmItem item : value) {
            items.add(item(item));
        }
        return "(" + String.join(", ", items) + ")";
    }

    private static String item(XdmItem item) {
        if (item instanceof XdmAtomicValue atomic) {
            return atomic(atomic);
        }
        if (item instanceof XdmMap map) {
            List<String> entries = new ArrayList<>();
            // Sorted by key, so the same pack gives the same schema byte for byte.
            map.asMap().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(XdmAtomicValue::getStringValue)))
                    .forEach(entry -> entries.add(atomic(entry.getKey()) + ": " + of(entry.getValue())));
            return "map{" + String.join(", ", entries) + "}";
        }
        if (item instanceof XdmArray array) {
            List<String> members = new ArrayList<>();
            for (XdmValue member : array.asList()) {
                members.add(of(member));
            }
            return "[" + String.join(", ", members) + "]";
        }
        // Nodes ($request, an ESPD request's view) have no literal; declarations never get one.
        throw new IllegalArgumentException("no XPath literal for " + item.getClass().getSimpleName());
    }

    private static String atomic(XdmAtomicValue value) {
        QName type = value.getTypeName();
        String lexical = value.getStringValue();
        if (XS.equals(type.getNamespace().toString())) {
            switch (type.getLocalName()) {
                case "string":
                    return string(lexical);
                case "boolean":
                    return "true".equals(lexical) ? "true()" : "false()";
                case "integer":
                    return lexical;
                default:
                    return "xs:" + type.getLocalName() + "(" + string(lexical) + ")";
            }
        }
        return "Q{" + type.getNamespace() + "}" + type.getLocalName() + "(" + string(lexical) + ")";
    }

    /** A string literal: apostrophes doubled. */
    static String string(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
