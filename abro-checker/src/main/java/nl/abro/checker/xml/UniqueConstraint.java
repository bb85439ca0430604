package nl.abro.checker.xml;

import java.util.List;
import javax.xml.namespace.QName;

/**
 * An {@code xs:unique} of the simple form "on this element, the children along this path have
 * distinct values of this attribute", taken out of a compiled schema to be checked by
 * {@link UniqueValues}: the JDK's Xerces checks each new value against every earlier one, which
 * is quadratic (a declaration with 330 statements spent a third of its validation there).
 * Values are compared whitespace-collapsed, as the token types of these keys are.
 */
public record UniqueConstraint(String name, QName element, List<QName> selector, String attribute) {
    public UniqueConstraint {
        selector = List.copyOf(selector);
        if (selector.isEmpty()) {
            throw new IllegalArgumentException("an empty selector");
        }
    }
}
