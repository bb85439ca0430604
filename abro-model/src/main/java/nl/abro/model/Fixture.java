package nl.abro.model;

import java.time.LocalDate;

/**
 * A small document and the outcome one rule must give on it.
 *
 * @param document the document as XML text
 * @param request  an ESPD request as XML text, bound to {@code $request}, or null
 * @param message  for an expected failure: the message key every finding carries (or null)
 */
public record Fixture(String rule, TbbLevel tbb, boolean expectFailure, String message, String requirement,
                      Integer findings, String description, String document, String request, LocalDate checkDate,
                      RuleDefinition.Origin origin) {
}
