package nl.abro.checker.cli;

import java.util.Locale;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Language;
import nl.abro.model.RequirementPack;
import nl.abro.model.io.PackRegistry;
import picocli.CommandLine.Option;

/** Options every browsing command shares: which pack, which language. */
final class PackOptions {
    @Option(names = "--pack", paramLabel = "PACK",
            description = {"Pack id (abro-2026, tender-2026, adv), id:version, or a directory holding pack.xml.",
                "Default: abro-2026; for check, each document's kind chooses: a declaration abro-2026, a tender document tender-2026, an ESPD adv."})
    String pack;

    @Option(names = "--lang", paramLabel = "nl|en", converter = LanguageConverter.class,
            description = "Language of titles and labels. Default: nl on a Dutch system, otherwise en.")
    Language language;

    Language language() {
        if (language != null) {
            return language;
        }
        return "nl".equals(Locale.getDefault().getLanguage()) ? Language.NL : Language.EN;
    }

    RequirementPack load(PackRegistry registry) throws InvalidInputException {
        return registry.resolve(pack != null ? pack : nl.abro.checker.api.CheckSession.DEFAULT_PACK);
    }

    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.parse(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not a language; use nl or en"));
        }
    }
}
