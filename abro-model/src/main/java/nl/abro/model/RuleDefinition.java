package nl.abro.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule as written in a pack: XPath text and messages, not yet compiled. The model knows nothing
 * of the XPath engine; the checker compiles these.
 *
 * @param requirements the requirement numbers served; empty for a per-requirement rule ("*")
 * @param levels       the TBB levels it may run at; empty means all
 */
public record RuleDefinition(
        String id,
        List<String> requirements,
        boolean perRequirement,
        DocumentKind document,
        Set<TbbLevel> levels,
        Severity severity,
        LocalizedText title,
        String context,
        List<Let> lets,
        List<Test> tests,
        Map<String, LocalizedText> messages,
        Map<String, String> namespaces,
        Origin origin) {

    public RuleDefinition {
        requirements = List.copyOf(requirements);
        levels = Set.copyOf(levels);
        lets = List.copyOf(lets);
        tests = List.copyOf(tests);
        messages = Map.copyOf(messages);
        namespaces = Map.copyOf(namespaces);
    }

    /** Whether the rule runs at a level; a document checked at no level (null) runs every rule. */
    public boolean runsAt(TbbLevel level) {
        return levels.isEmpty() || level == null || levels.contains(level);
    }

    /** A variable the rule binds before its tests, in order. */
    public record Let(String name, String xpath) {
    }

    /** An assert (must hold) or a report (must not hold), each naming its message. */
    public record Test(Kind kind, String xpath, String message, String requirement, Severity severity) {
        public enum Kind { ASSERT, REPORT }
    }

    /** Where the rule is written, for error messages. */
    public record Origin(String file, int line, int column) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column;
        }
    }
}
