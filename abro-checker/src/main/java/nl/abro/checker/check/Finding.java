package nl.abro.checker.check;

import nl.abro.model.LocalizedText;
import nl.abro.model.RuleDefinition;
import nl.abro.model.Severity;

/**
 * One problem a rule found, against one requirement.
 *
 * @param test the assert or report that fired, or null for findings of the checker itself
 *             (a rule that could not be evaluated, an expired waiver)
 */
public record Finding(String requirement, String rule, String messageKey, Severity severity, LocalizedText message,
                      Location location, RuleDefinition.Test test) {
}
