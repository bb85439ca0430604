package nl.abro.checker.report;

import nl.abro.model.Language;
import nl.abro.model.RequirementPack;

/** What a report needs besides the result: the pack (for titles), the language and whether to use colour. */
public record ReportContext(RequirementPack pack, Language language, boolean color) {
}
