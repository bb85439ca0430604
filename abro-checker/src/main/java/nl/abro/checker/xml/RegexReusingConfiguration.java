package nl.abro.checker.xml;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.Configuration;
import net.sf.saxon.regex.RegularExpression;
import net.sf.saxon.str.UnicodeString;
import net.sf.saxon.trans.XPathException;

/**
 * A Saxon configuration that compiles a regular expression once, not at every call. Saxon
 * compiles a pattern ahead only when it is written into the call; a pattern a rule keeps in a
 * variable ({@code matches(., $num, 'i')}, {@code replace(., $re || '.*$', '$2')}), which is how our
 * packs share a pattern between parts, is compiled again for every line it is matched against:
 * about a fifth of the time of such a rule. Compiled expressions are immutable (Saxon shares the
 * ones it compiles ahead between threads), so one map serves all threads.
 *
 * <p>Bounded, as a rule may build patterns from a document's text: long patterns are not kept,
 * and the map is emptied when it is full (a rule that makes a pattern per page refills it, the
 * patterns of the packs are compiled again once).
 */
final class RegexReusingConfiguration extends Configuration {
    private static final int MAX_ENTRIES = 1024;
    private static final int MAX_PATTERN_LENGTH = 2048;

    private final ConcurrentHashMap<Key, RegularExpression> compiled = new ConcurrentHashMap<>();

    private record Key(String pattern, String flags, String hostLanguage) {
    }

    @Override
    public RegularExpression compileRegularExpression(UnicodeString regex, String flags, String hostLanguage,
            List<String> warnings) throws XPathException {
        if (regex.length() > MAX_PATTERN_LENGTH) {
            return super.compileRegularExpression(regex, flags, hostLanguage, warnings);
        }
        Key key = new Key(regex.toString(), flags, hostLanguage);
        RegularExpression known = compiled.get(key);
        if (known != null) {
            return known;
        }
        int warned = warnings == null ? 0 : warnings.size();
        RegularExpression made = super.compileRegularExpression(regex, flags, hostLanguage, warnings);
        // One that warned is compiled again next time, so every caller hears the warning.
        if (warnings == null || warnings.size() == warned) {
            if (compiled.size() >= MAX_ENTRIES) {
                compiled.clear();
            }
            compiled.put(key, made);
        }
        return made;
    }
}
