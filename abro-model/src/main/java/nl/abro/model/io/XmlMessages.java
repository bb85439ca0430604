package nl.abro.model.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the XML parser's and schema validator's messages into short ones a pack author or
 * supplier understands: no "cvc-" codes, no namespace URIs in braces.
 */
public final class XmlMessages {
    private static final Pattern CODE = Pattern.compile("^cvc-[a-zA-Z0-9.-]+: ");
    private static final Pattern QNAME = Pattern.compile("\\{\"[^\"]*\":([^}]+)}");
    /** Namespace URIs Xerces puts before names in lists: "urn:x":name. */
    private static final Pattern NS_PREFIX = Pattern.compile("\"[^\"]*\":");
    private static final Pattern DUPLICATE = Pattern.compile(
            "cvc-identity-constraint\\.4\\.1: Duplicate unique value \\[(.*)] declared for identity constraint \"(\\w+)\".*");
    private static final Pattern TBB_RANGE = Pattern.compile(
            "cvc-(?:max|min)Inclusive-valid: Value '([^']*)' is not facet-valid .* for type 'TbbLevel'.*");
    private static final Pattern UNEXPECTED = Pattern.compile(
            "(?:Invalid content was found starting with element '([^']+)'|'([^']+)' can occur a maximum of .*? times in the current sequence)\\..*?(?:(?:One of|At this point one of) '\\{?([^}']*)}?' is expected\\.|(No child element is expected at this point\\.))?");
    private static final Pattern NOT_DECLARED = Pattern.compile("cvc-elt\\.1\\.a: Cannot find the declaration of element '([^']*)'.*");

    private XmlMessages() {
    }

    public static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "invalid XML";
        }
        String text = message.strip();
        Matcher duplicate = DUPLICATE.matcher(text);
        if (duplicate.matches()) {
            return "duplicate " + describeConstraint(duplicate.group(2)) + " " + duplicate.group(1);
        }
        Matcher tbb = TBB_RANGE.matcher(text);
        if (tbb.matches()) {
            return "unknown TBB level '" + tbb.group(1) + "' (levels are 1, 2, 3 and 4)";
        }
        Matcher undeclared = NOT_DECLARED.matcher(text);
        if (undeclared.matches()) {
            return "unexpected root element '" + undeclared.group(1) + "' (wrong file or wrong namespace?)";
        }
        if (text.contains("DOCTYPE is disallowed")) {
            return "DOCTYPE declarations are not allowed (no DTDs or entities are read)";
        }
        text = CODE.matcher(text).replaceFirst("");
        text = QNAME.matcher(text).replaceAll("$1");
        text = NS_PREFIX.matcher(text).replaceAll("");
        Matcher unexpected = UNEXPECTED.matcher(text);
        if (unexpected.matches()) {
            String element = unexpected.group(1) != null ? unexpected.group(1) : unexpected.group(2);
            String expected = unexpected.group(3) != null ? "; expected " + unexpected.group(3).replace(", ", " or ")
                    : unexpected.group(4) != null ? "; nothing more may follow here" : "";
            return "unexpected element '" + element + "'" + expected;
        }
        return text;
    }

    private static String describeConstraint(String constraint) {
        return switch (constraint) {
            case "uniqueRequirementNumber" -> "requirement number";
            case "uniqueSectionNumber" -> "section number";
            case "uniqueParameterName" -> "parameter name";
            case "uniqueTailoredRequirement" -> "tailoring of requirement";
            case "uniqueSetting" -> "parameter setting";
            default -> "value for " + constraint;
        };
    }
}
