package nl.abro.checker.rules;

import nl.abro.checker.xml.NodeLocation;
import nl.abro.model.LocalizedText;
import nl.abro.model.RuleDefinition;
import nl.abro.model.Severity;

/**
 * One failed assert or fired report of a rule on one node.
 *
 * @param test        the assert or report that fired
 * @param requirement the requirement it counts against when the test or a per-requirement rule
 *                    says so; null means: the rule's requirements that apply
 */
public record RuleHit(String rule, String messageKey, LocalizedText message, Severity severity, String requirement,
                      NodeLocation location, RuleDefinition.Test test) {
}
