package nl.abro.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Protection level of an Interest to be Protected (Te Beschermen Belang). TBB 1 is the heaviest.
 * The marking is the classification (rubricering) a document at that level carries.
 */
public enum TbbLevel {
    TBB_1(1, "Stg. ZEER GEHEIM", "NLD TOP SECRET"),
    TBB_2(2, "Stg. GEHEIM", "NLD SECRET"),
    TBB_3(3, "Stg. CONFIDENTIEEL", "NLD CONFIDENTIAL"),
    TBB_4(4, "Departementaal VERTROUWELIJK", "NLD RESTRICTED");

    private final int number;
    private final String marking;
    private final String englishMarking;

    TbbLevel(int number, String marking, String englishMarking) {
        this.number = number;
        this.marking = marking;
        this.englishMarking = englishMarking;
    }

    public int number() {
        return number;
    }

    public String marking() {
        return marking;
    }

    public String englishMarking() {
        return englishMarking;
    }

    public static Optional<TbbLevel> of(int number) {
        return Arrays.stream(values()).filter(l -> l.number == number).findFirst();
    }

    /** Parses "1".."4", "TBB 3" or "tbb3". */
    public static Optional<TbbLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.trim().replaceFirst("(?i)^tbb[\\s_-]*", "");
        if (!digits.matches("[1-4]")) {
            return Optional.empty();
        }
        return of(Integer.parseInt(digits));
    }

    public static Set<TbbLevel> all() {
        return EnumSet.allOf(TbbLevel.class);
    }

    /** "1 2 3" style, as used in the pack files. */
    public static String format(Set<TbbLevel> levels) {
        return levels.stream().sorted().map(l -> Integer.toString(l.number)).collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return "TBB " + number;
    }
}
