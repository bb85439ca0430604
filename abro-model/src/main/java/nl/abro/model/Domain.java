package nl.abro.model;

import java.util.Locale;
import java.util.Optional;

/** The area a chapter of requirements covers; ABRO's five chapters, procurement law and classified-information handling. */
public enum Domain {
    GOVERNANCE, PERSONNEL, PHYSICAL, CYBER, CLOUD, PROCUREMENT, INFORMATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Domain> parse(String code) {
        for (Domain domain : values()) {
            if (domain.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return Optional.of(domain);
            }
        }
        return Optional.empty();
    }
}
