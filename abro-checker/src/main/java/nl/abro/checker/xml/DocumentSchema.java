package nl.abro.checker.xml;

import java.util.List;
import javax.xml.validation.Schema;

/**
 * A schema as the checker validates with it: the compiled schema, and the {@code xs:unique}
 * constraints taken out of it that {@link XmlInput} checks itself, in linear time.
 */
public record DocumentSchema(Schema schema, List<UniqueConstraint> uniqueConstraints) {
    public DocumentSchema {
        uniqueConstraints = List.copyOf(uniqueConstraints);
    }
}
