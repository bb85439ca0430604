package nl.abro.checker.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.abro.model.Automation;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Language;
import nl.abro.model.PackManifest;
import nl.abro.model.RequirementPack;
import nl.abro.model.TbbLevel;
import nl.abro.model.io.PackRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the bundled packs and any pack directories given, loading (and so validating) each. */
@Command(name = "packs", mixinStandardHelpOptions = true,
        description = {"List the requirement packs: id, version, validity and counts.",
            "Pack directories given as arguments are loaded too, which validates them (exit 2 on a problem)."})
final class PacksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "Directories holding a pack (pack.xml) to list and validate.")
    List<Path> directories = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "nl|en", converter = PackOptions.LanguageConverter.class,
            description = "Language of titles and labels.")
    Language language;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date the status is judged on. Default: today.")
    LocalDate date;

    @Override
    public Integer call() throws InvalidInputException {
        PackOptions options = new PackOptions();
        options.language = language;
        Language lang = options.language();
        Labels labels = new Labels(lang);
        LocalDate on = date != null ? date : LocalDate.now();
        PackRegistry registry = new PackRegistry(PacksCommand.class.getClassLoader());

        List<RequirementPack> packs = new ArrayList<>(registry.all());
        for (Path directory : directories) {
            packs.add(registry.resolve(directory.toString()));
        }
        Table table = new Table().row(labels.get("packs.header").split("\t"));
        for (RequirementPack pack : packs) {
            PackManifest manifest = pack.manifest();
            long rules = pack.catalog().requirements(r -> r.automation() == Automation.RULE).size();
            StringBuilder perLevel = new StringBuilder();
            for (TbbLevel level : TbbLevel.values()) {
                perLevel.append(perLevel.length() == 0 ? "" : "/").append(pack.catalog().applicableAt(level).size());
            }
            table.row(manifest.id(), manifest.version(), validity(manifest, labels), status(manifest, on, labels),
                    Integer.toString(pack.catalog().size()), Long.toString(rules), Long.toString(pack.catalog().size() - rules),
                    perLevel.toString(), manifest.title().in(lang));
        }
        table.print(spec.commandLine().getOut());
        return ExitCode.COMPLIANT;
    }

    private static String validity(PackManifest manifest, Labels labels) {
        return manifest.validUntil()
                .map(to -> labels.get("packs.fromTo", manifest.validFrom(), to))
                .orElseGet(() -> labels.get("packs.from", manifest.validFrom()));
    }

    static String status(PackManifest manifest, LocalDate on, Labels labels) {
        if (manifest.deprecated()) {
            return manifest.replacement().map(r -> labels.get("status.deprecatedBy", r)).orElse(labels.get("status.deprecated"));
        }
        if (on.isBefore(manifest.validFrom())) {
            return labels.get("status.notYet");
        }
        return manifest.isValidOn(on) ? labels.get("status.current") : labels.get("status.expired");
    }
}
