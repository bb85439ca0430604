package nl.abro.checker.report;

import nl.abro.checker.check.Location;
import nl.abro.model.Language;
import nl.abro.model.LocalizedText;

/** Where a finding is, as people read it in a report's language. */
final class Locations {
    private static final LocalizedText PAGE = new LocalizedText("pagina ", "page ");

    private Locations() {
    }

    /**
     * "page 3" / "pagina 3" in a paged document (PDF, DOCX, ODT), "12:7" in an XML file, "" when
     * the finding has no place (an ESPD's findings point into a derived view: only its XPath says where).
     */
    static String shortForm(Location location, Language language) {
        if (location.page() != null) {
            return PAGE.in(language) + location.page();
        }
        return location.shortForm();
    }
}
