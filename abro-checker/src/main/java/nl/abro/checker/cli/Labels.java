package nl.abro.checker.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import nl.abro.model.Language;

/** Fixed texts of the command line in Dutch and English. */
final class Labels {
    private final ResourceBundle bundle;

    Labels(Language language) {
        this.bundle = ResourceBundle.getBundle("nl.abro.checker.cli.labels", Locale.forLanguageTag(language.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : String.format(Locale.ROOT, text, args);
    }
}
