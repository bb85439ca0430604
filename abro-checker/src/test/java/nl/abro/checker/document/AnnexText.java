package nl.abro.checker.document;

import java.util.ArrayList;
import java.util.List;

import nl.abro.checker.document.TenderDocument.Block;
import nl.abro.checker.document.TenderDocument.Heading;
import nl.abro.checker.document.TenderDocument.Page;
import nl.abro.checker.document.TenderDocument.Paragraph;
import nl.abro.checker.document.TenderDocument.RequirementTable;
import nl.abro.checker.document.TenderDocument.Row;

/**
 * The body of a clean security annex: the statements section 5B of the domain brief expects, a
 * requirement table whose numbers all apply at the level (titles as in our catalogue), and, for long
 * documents, explanatory pages that read like the real thing so benchmarks parse realistic text.
 */
final class AnnexText {

    static final String STATEMENT_ABRO = "Op deze opdracht is de ABRO 2026 van toepassing.";
    static final String STATEMENT_SPECIAL = "Deze opdracht is een Bijzondere Opdracht.";
    static final String STATEMENT_DECLARATION = "De opdrachtnemer beschikt vóór aanvang over een positieve "
            + "ABRO-verklaring (opschortende voorwaarde).";
    static final String CHANGE_BEFORE = "Beveiligingsincidenten meldt de opdrachtnemer ";
    static final String CHANGE_AFTER = " aan de Beveiligingsautoriteit.";

    /** Number, title, the levels it applies at (as in rulesets/abro-2026/catalog), verdict when clean. */
    private record Requirement(String number, String title, String levels, String verdict) {
    }

    private static final List<Requirement> REQUIREMENTS = List.of(
            new Requirement("1.1.1", "Integraal beveiligingsbeleid bekrachtigd door hoogste bestuur", "1234", Row.VOLDOET),
            new Requirement("1.3.9", "Extra maatregelen op basis van risicoanalyse opdrachtgever", "1234", Row.VOLDOET),
            new Requirement("1.7.4", "Bewaren toegangsgegevens TBB: 3 maanden (TBB 3-4)", "34", Row.VOLDOET),
            new Requirement("1.7.5", "Bewaren toegangsgegevens TBB: 6 maanden (TBB 1-2)", "12", Row.VOLDOET),
            new Requirement("2.1.1", "VOG voor betrokken medewerkers (TBB 4)", "4", Row.VOLDOET),
            new Requirement("2.1.2", "Geldige VGB voor betrokken medewerkers (TBB 1-3)", "123", Row.VOLDOET),
            new Requirement("2.1.4", "Nationaliteitseisen bij internationale opdrachten", "1234", Row.NVT),
            new Requirement("3.1.9", "Meerfactorauthenticatie voor toegang tot compartiment", "123", Row.VOLDOET),
            new Requirement("3.1.15", "Bezoek aan compartiment vooraf laten goedkeuren door NBIV", "123", Row.VOLDOET),
            new Requirement("3.6.2", "Verzending alleen aangetekend met track & trace (TBB 4)", "4", Row.VOLDOET),
            new Requirement("3.6.3", "Geen verzending per post (TBB 1-3)", "123", Row.VOLDOET),
            new Requirement("4.1.10", "Hardware wissen bij einde opdracht of afvoer (TBB 4)", "4", Row.VOLDOET),
            new Requirement("4.1.11", "Hardware vernietigen bij einde opdracht of afvoer (TBB 1-3)", "123", Row.VOLDOET),
            new Requirement("4.3.25", "Blokkering na vijf foute wachtwoorden (gebruikers, TBB 4)", "4", Row.VOLDOET),
            new Requirement("4.3.26", "Blokkering na drie foute wachtwoorden (gebruikers, TBB 1-3)", "123", Row.VOLDOET),
            new Requirement("4.3.27", "Blokkering na drie foute wachtwoorden (beheerders)", "1234", Row.VOLDOET),
            new Requirement("4.3.33", "Persoonsgebonden MFA voor gebruikers, geen sms (TBB 4)", "4", Row.VOLDOET),
            new Requirement("4.3.34", "MFA met hardware token voor gebruikers, geen sms (TBB 1-3)", "123", Row.VOLDOET),
            new Requirement("4.6.6", "Automatische schermvergrendeling na 10 minuten (TBB 3-4)", "34", Row.VOLDOET),
            new Requirement("4.6.7", "Automatische schermvergrendeling na 5 minuten (TBB 1-2)", "12", Row.VOLDOET),
            new Requirement("4.13.1", "Logging volgens JSCU Logging Essentials, 6 maanden (TBB 4)", "4", Row.VOLDOET),
            new Requirement("4.13.2", "Logging volgens JSCU Logging Essentials, 12 maanden (TBB 1-3)", "123", Row.VOLDOET),
            new Requirement("4.15.2", "Logische scheiding OTAP-omgevingen (TBB 4)", "4", Row.VOLDOET),
            new Requirement("4.15.3", "Fysieke scheiding productie van OTA-omgevingen (TBB 1-3)", "123", Row.VOLDOET),
            new Requirement("5.1.1", "Geen Public Cloud-diensten (TBB 1-3)", "123", Row.VOLDOET),
            new Requirement("5.1.4", "Data van de opdrachtgever blijft in Nederland (EER alleen na akkoord)", "4", Row.VOLDOET));

    /** Explanatory paragraphs for pages 4 and on, cycled. Plain ABRO vocabulary, our own words. */
    private static final List<String> EXPLANATION = List.of(
            "De opdrachtnemer legt in het beveiligingsplan vast hoe hij de eisen uit deze bijlage invult. "
                    + "Het plan beschrijft de organisatie van de beveiliging, de verantwoordelijkheden van de "
                    + "Beveiligingsfunctionaris en de wijze waarop wijzigingen worden gemeld.",
            "Gerubriceerde informatie wordt alleen verwerkt in een compartiment dat voldoet aan hoofdstuk 3 "
                    + "van de ABRO 2026. Toegang tot het compartiment is beperkt tot medewerkers die voor de "
                    + "opdracht zijn aangewezen en over de vereiste screening beschikken.",
            "Bezoekers krijgen alleen onder begeleiding toegang. De opdrachtnemer houdt een registratie bij "
                    + "van bezoekers, met naam, organisatie, datum en tijdstip van binnenkomst en vertrek, en "
                    + "bewaart deze registratie gedurende de termijn die de ABRO 2026 voorschrijft.",
            "Informatiesystemen waarmee gerubriceerde informatie wordt verwerkt, zijn vooraf geaccrediteerd. "
                    + "Wijzigingen in deze systemen worden pas doorgevoerd nadat de opdrachtgever daarmee heeft "
                    + "ingestemd en de wijziging is vastgelegd in het wijzigingsregister.",
            "Gegevensdragers met gerubriceerde informatie worden geregistreerd, opgeborgen in een goedgekeurde "
                    + "opbergeenheid en bij het einde van de opdracht vernietigd met Goedgekeurde Middelen. "
                    + "Van de vernietiging wordt een bevestiging opgemaakt.",
            "Onderaannemers worden pas ingeschakeld nadat de opdrachtgever de aanvraag onderaannemer heeft "
                    + "goedgekeurd. De opdrachtnemer legt de eisen uit deze bijlage in gelijke mate op aan zijn "
                    + "onderaannemers en ziet toe op de naleving daarvan.",
            "Beveiligingsincidenten en vermoedens daarvan worden onverwijld gemeld met het formulier Melding "
                    + "Beveiligingsincident. De opdrachtnemer werkt mee aan het onderzoek en neemt de maatregelen "
                    + "die de opdrachtgever nodig acht om herhaling te voorkomen.",
            "Reizen naar een risicoland door medewerkers die bij de opdracht zijn betrokken, worden vooraf "
                    + "gemeld. Na terugkeer vindt een gesprek plaats met de Beveiligingsfunctionaris over "
                    + "eventuele benaderingen of bijzonderheden tijdens de reis.");

    private AnnexText() {
    }

    static List<Page> pages(int level, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one page: " + count);
        }
        List<Page> standard = List.of(first(level), requirements(level), closing(level));
        List<Page> pages = new ArrayList<>(standard.subList(0, Math.min(count, standard.size())));
        for (int n = 4; n <= count; n++) {
            pages.add(explanation(n - 3));
        }
        return pages;
    }

    static String levelStatement(int level) {
        return "Het TBB-niveau van deze opdracht is TBB " + level + ".";
    }

    static List<Row> requirementRows(int level) {
        char l = Character.forDigit(level, 10);
        return REQUIREMENTS.stream()
                .filter(r -> r.levels().indexOf(l) >= 0)
                .map(r -> new Row(r.number(), r.title(), r.verdict()))
                .toList();
    }

    private static Page first(int level) {
        return Page.of(
                new Heading(1, "Beveiligingsbijlage"),
                new Paragraph("Opdracht: " + TenderDocument.TENDER + "."),
                new Paragraph("Opdrachtgever: Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, "
                        + "Directie Inkoop Rijk, Den Haag."),
                new Heading(2, "1 Toepasselijkheid"),
                new Paragraph(STATEMENT_ABRO),
                new Paragraph(STATEMENT_SPECIAL),
                new Paragraph(levelStatement(level)),
                new Paragraph(STATEMENT_DECLARATION),
                new Heading(2, "2 Beveiligingsorganisatie"),
                new Paragraph("De opdrachtnemer stelt vóór aanvang een Beveiligingsfunctionaris aan en meldt "
                        + "diens aanstelling met het formulier Aanstelling Beveiligingsfunctionaris. Wijzigingen "
                        + "in eigendom, zeggenschap en bedrijfsstructuur meldt hij met het formulier Verklaring "
                        + "van eigendom, zeggenschap en bedrijfsstructuur."));
    }

    private static Page requirements(int level) {
        return Page.of(
                new Heading(2, "3 Eisen uit de ABRO 2026"),
                new Paragraph("De opdrachtnemer geeft per eis aan of hij daaraan voldoet. Eisen die op TBB "
                        + level + " niet van toepassing zijn, zijn niet opgenomen."),
                new RequirementTable(requirementRows(level)));
    }

    private static Page closing(int level) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "4 Personeel"));
        blocks.add(new Paragraph(level <= 3
                ? "Medewerkers die toegang krijgen tot gerubriceerde informatie beschikken over een geldige "
                        + "Verklaring van Geen Bezwaar (VGB) die niet ouder is dan vijf jaar."
                : "Medewerkers die bij de opdracht zijn betrokken, beschikken over een Verklaring Omtrent het "
                        + "Gedrag (VOG) volgens het screeningsprofiel van de opdrachtgever."));
        blocks.add(new Heading(2, "5 Cloud"));
        blocks.add(new Paragraph(level <= 3
                ? "Het gebruik van Public Cloud-diensten is bij deze opdracht niet toegestaan."
                : "Public Cloud-diensten zijn toegestaan onder de voorwaarden van hoofdstuk 5 van de ABRO 2026; "
                        + "de gegevens van de opdrachtgever blijven in Nederland."));
        blocks.add(new Heading(2, "6 Beveiligingsincidenten"));
        blocks.add(new Paragraph("Beveiligingsincidenten meldt de opdrachtnemer onverwijld aan de "
                + "Beveiligingsautoriteit met het formulier Melding Beveiligingsincident."));
        blocks.add(new Heading(2, "7 Ondertekening"));
        blocks.add(new Paragraph("Aldus overeengekomen en ondertekend te Den Haag."));
        blocks.add(new Paragraph("Voor de opdrachtgever: mr. A. de Graaf, directeur Inkoop Rijk."));
        blocks.add(new Paragraph("Voor de opdrachtnemer: ir. H. Smit, algemeen directeur."));
        return new Page(blocks);
    }

    private static Page explanation(int n) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Toelichting A." + n));
        for (int i = 0; i < 6; i++) {
            blocks.add(new Paragraph(EXPLANATION.get((n + i) % EXPLANATION.size())));
        }
        return new Page(blocks);
    }
}
