package nl.abro.checker.rules;

import java.util.ArrayList;
import java.util.List;
import nl.abro.model.RuleDefinition;

/**
 * A rule's parts (context, lets, tests) put together as one XPath expression that answers only
 * whether the rule has a hit on a document, and for a per-requirement rule for which requirements.
 * Evaluating a rule part by part costs a dynamic context and variable bindings for every part, for
 * every context node and, for a per-requirement rule, for every applicable requirement: thousands
 * of small evaluations per declaration. The sweep is one evaluation per rule; the parts run only
 * where it found a hit, to build the findings with their messages and locations. So a rule means
 * exactly what its parts say (fixtures also check that the sweep agrees with them).
 *
 * <p>For a per-requirement rule the lets that do not depend on {@code $requirement} are evaluated
 * once per context node, before the loop over {@code $applicable}, as the part-by-part evaluation
 * keeps them once per document. A let no test reads is not evaluated by the sweep; if only such a
 * let raises an error, the sweep passes where the parts would report a rule error.
 */
final class RuleSweep {
    /** The context node; in a namespace of its own, so it cannot hide a rule's variable. */
    static final String NODE = "$Q{urn:nl:abro:sweep}node";

    private RuleSweep() {
    }

    static String text(RuleDefinition rule, boolean[] documentWide, boolean contextVaries) {
        List<RuleDefinition.Let> lets = rule.lets();
        List<String> hoisted = new ArrayList<>();
        List<String> inner = new ArrayList<>();
        for (int i = 0; i < lets.size(); i++) {
            String binding = "$" + lets.get(i).name() + " := (" + lets.get(i).xpath() + "\n)";
            (rule.perRequirement() && !contextVaries && documentWide[i] ? hoisted : inner).add(binding);
        }
        List<String> failures = new ArrayList<>();
        for (RuleDefinition.Test test : rule.tests()) {
            failures.add((test.kind() == RuleDefinition.Test.Kind.ASSERT ? "not((" : "boolean((") + test.xpath() + "\n))");
        }
        String failed = failures.isEmpty() ? "false()" : String.join(" or ", failures);
        String context = rule.context() == null ? "." : rule.context();
        if (!rule.perRequirement()) {
            return "exists(" + forEachNode(context, lets(inner) + "if (" + failed + ") then 1 else ()") + ")";
        }
        String perRequirement = "for $requirement in $applicable return " + lets(inner)
                + "if (" + failed + ") then $requirement else ()";
        if (contextVaries) {
            return "distinct-values(for $requirement in $applicable return "
                    + forEachNode(context, lets(inner) + "if (" + failed + ") then $requirement else ()") + ")";
        }
        return "distinct-values(" + forEachNode(context, lets(hoisted) + perRequirement) + ")";
    }

    /** Evaluates {@code body} with each node the context selects as the context item, as the parts are. */
    private static String forEachNode(String context, String body) {
        return "for " + NODE + " in (" + context + "\n) return if (" + NODE + " instance of node()) then "
                + NODE + " ! (" + body + ") else ()";
    }

    private static String lets(List<String> bindings) {
        return bindings.isEmpty() ? "" : "let " + String.join(", ", bindings) + " return ";
    }
}
