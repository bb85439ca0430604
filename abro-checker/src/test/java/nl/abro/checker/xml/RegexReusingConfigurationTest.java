package nl.abro.checker.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.regex.RegularExpression;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.str.StringView;
import net.sf.saxon.trans.XPathException;
import org.junit.jupiter.api.Test;

/** Regular expressions kept in variables are compiled once, and mean what they meant. */
class RegexReusingConfigurationTest {

    private static RegularExpression compile(RegexReusingConfiguration config, String pattern, String flags)
            throws XPathException {
        return config.compileRegularExpression(StringView.of(pattern), flags, "XP31", new ArrayList<>());
    }

    @Test
    void aPatternIsCompiledOncePerFlags() throws XPathException {
        var config = new RegexReusingConfiguration();
        RegularExpression first = compile(config, "voldoet(\\s+niet)?", "i");

        assertThat(compile(config, "voldoet(\\s+niet)?", "i")).isSameAs(first);
        RegularExpression caseSensitive = compile(config, "voldoet(\\s+niet)?", "");
        assertThat(caseSensitive).isNotSameAs(first);
        assertThat(first.containsMatch(StringView.of("Eis 1.1.1 VOLDOET"))).isTrue();
        assertThat(caseSensitive.containsMatch(StringView.of("Eis 1.1.1 VOLDOET"))).isFalse();
    }

    @Test
    void aLongPatternIsNotKept() throws XPathException {
        var config = new RegexReusingConfiguration();
        String pattern = "a".repeat(3000);

        assertThat(compile(config, pattern, "")).isNotSameAs(compile(config, pattern, ""));
    }

    @Test
    void aBadPatternFailsEveryTime() {
        var config = new RegexReusingConfiguration();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> compile(config, "(unclosed", "")).isInstanceOf(XPathException.class);
        }
    }

    @Test
    void patternsFromVariablesMatchAsWrittenBeyondTheBound() throws SaxonApiException {
        Processor processor = HardenedSaxon.newProcessor();
        XPathCompiler xpath = processor.newXPathCompiler();
        // 3,000 distinct patterns (three times the bound), each matched twice from a variable, and
        // the first pattern again at the end: the map is emptied twice on the way.
        XdmItem result = xpath.evaluateSingle("""
                let $patterns := (1 to 3000) ! ('^n' || . || '$')
                return (
                  count($patterns[matches('n' || substring(., 3, string-length(.) - 3), ., 'i')]),
                  count($patterns[matches('N' || substring(., 3, string-length(.) - 3), .)]),
                  matches('n1', $patterns[1]), matches('n10', $patterns[1])
                ) => string-join(' ')""", null);

        assertThat(result.getStringValue()).isEqualTo("3000 0 true false");
    }

    @Test
    void everyThreadGetsTheSameAnswers() throws Exception {
        Processor processor = HardenedSaxon.newProcessor();
        var executable = processor.newXPathCompiler().compile("""
                let $status := '(^|[^\\p{L}])(voldoet(\\s+niet)?|n\\.?\\s?v\\.?\\s?t\\.?|ja|nee)([^\\p{L}]|$)'
                return string-join((1 to 2000) ! (if (matches('regel ' || . || (if (. mod 3 = 0) then ' voldoet' else ' jaar'), $status, 'i')) then 'y' else 'n'))""");
        String expected = executable.load().evaluateSingle().getStringValue();
        List<Thread> threads = new ArrayList<>();
        List<String> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    answers.add(executable.load().evaluateSingle().getStringValue());
                } catch (SaxonApiException e) {
                    answers.add(e.getMessage());
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(expected).hasSize(2000).contains("y").contains("n");
        assertThat(expected.chars().filter(c -> c == 'y').count()).isEqualTo(666);
        assertThat(answers).hasSize(4).containsOnly(expected);
    }
}
