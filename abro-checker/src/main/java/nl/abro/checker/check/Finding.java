package nl.abro.checker.check;

import nl.abro.model.LocalizedText;
import nl.abro.model.Severity;

/** One problem a rule found, against one requirement. */
public record Finding(String requirement, String rule, String messageKey, Severity severity, LocalizedText message,
                      Location location) {
}
