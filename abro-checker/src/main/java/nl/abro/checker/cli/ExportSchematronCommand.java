package nl.abro.checker.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.abro.checker.schematron.SchematronExporter;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Language;
import nl.abro.model.RequirementPack;
import nl.abro.model.TbbLevel;
import nl.abro.model.io.PackRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a pack's declaration rules as ISO Schematron, for pipelines that already run Schematron. */
@Command(name = "export-schematron", mixinStandardHelpOptions = true,
        description = {"Write the pack's declaration rules as an ISO Schematron schema (queryBinding xslt3) for TBB level N,",
            "with the level's values bound; run with SchXslt2 it reports the same failures as 'abro check'.",
            "Schrijft de regels voor verklaringen van het pakket als ISO Schematron voor TBB-niveau N."})
final class ExportSchematronCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack;

    @Option(names = "--tbb", paramLabel = "N", required = true, converter = TbbConverter.class,
            description = "The TBB level (1-4) whose requirements, parameters and rules the schema holds.")
    TbbLevel tbb;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Check date bound as $checkDate (default: today); a stylesheet parameter, so it can be set when validating.")
    LocalDate date;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (replaced if it exists) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws InvalidInputException, IOException {
        Language lang = pack.language();
        Labels labels = new Labels(lang);
        RequirementPack loaded = pack.load(new PackRegistry(ExportSchematronCommand.class.getClassLoader()));
        SchematronExporter.Result result;
        try {
            result = new SchematronExporter(HardenedSaxon.newProcessor()).export(loaded,
                    new SchematronExporter.Options(tbb, date != null ? date : LocalDate.now(), lang));
        } catch (IllegalArgumentException e) {
            throw new UserError(labels.get("export.cannot", loaded.coordinates(), e.getMessage()));
        }
        if (result.rules() == 0) {
            throw new UserError(labels.get("export.noRules", loaded.coordinates(), tbb.number()));
        }
        if (output == null) {
            spec.commandLine().getOut().print(result.schema());
            spec.commandLine().getOut().flush();
        } else {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, result.schema(), StandardCharsets.UTF_8);
            spec.commandLine().getErr().println(labels.get("export.written", output, loaded.coordinates(), tbb.number(),
                    result.rules(), result.patterns(), result.applicable()));
        }
        return ExitCode.COMPLIANT;
    }
}
