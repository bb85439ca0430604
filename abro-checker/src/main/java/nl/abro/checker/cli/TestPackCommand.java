package nl.abro.checker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.abro.checker.check.CompiledPack;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.FixtureRunner;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.Fixture;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Problem;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementPack;
import nl.abro.model.RuleDefinition;
import nl.abro.model.io.FixtureFileReader;
import nl.abro.model.io.PackLoader;
import nl.abro.model.io.PackRegistry;
import nl.abro.model.io.RuleFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Tests a pack the way its authors need: compile every rule, run every fixture, show what has no rule. */
@Command(name = "test-pack", mixinStandardHelpOptions = true,
        description = {"Test a pack: compile its rules, run its fixtures, list rule-decided requirements without a rule.",
            "Exit 0 when every fixture behaves, 1 when one does not, 2 when the pack or a rule is broken."})
final class TestPackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PACK", arity = "0..1", defaultValue = "abro-2026",
            description = "Pack id or directory. Default: ${DEFAULT-VALUE}.")
    String pack;

    @Option(names = "--rules", paramLabel = "FILE", description = "Test these rule files instead of the pack's own.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--fixtures", paramLabel = "FILE", description = "Run these fixture files instead of the pack's own.")
    List<Path> fixtures = new ArrayList<>();

    @Option(names = "--schemas", paramLabel = "DIR", description = "Validate fixture documents against the schemas in DIR (while working on the vocabulary).")
    Path schemas;

    @Option(names = "--quiet", description = "Print only problems and the summary.")
    boolean quiet;

    @Override
    public Integer call() throws InvalidInputException {
        PrintWriter out = spec.commandLine().getOut();
        RequirementPack loaded = new PackRegistry(TestPackCommand.class.getClassLoader()).resolve(pack);
        if (!rules.isEmpty() || !fixtures.isEmpty()) {
            List<RuleDefinition> ruleList = new ArrayList<>();
            RuleFileReader ruleReader = new RuleFileReader();
            List<Problem> problems = new ArrayList<>();
            for (Path file : rules) {
                try (InputStream in = Files.newInputStream(file)) {
                    ruleList.addAll(ruleReader.read(in, file.toString(), loaded.catalog()));
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                } catch (IOException e) {
                    problems.add(Problem.inFile(file.toString(), "cannot read: " + e.getMessage()));
                }
            }
            problems.addAll(PackLoader.duplicateRuleIds(ruleList));
            List<Fixture> fixtureList = new ArrayList<>();
            FixtureFileReader fixtureReader = new FixtureFileReader();
            for (Path file : fixtures) {
                try (InputStream in = Files.newInputStream(file)) {
                    fixtureList.addAll(fixtureReader.read(in, file.toString()));
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                } catch (IOException e) {
                    problems.add(Problem.inFile(file.toString(), "cannot read: " + e.getMessage()));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            loaded = loaded.withRules(ruleList, fixtureList);
        }
        var processor = HardenedSaxon.newProcessor();
        CompiledPack compiled = CompiledPack.compile(loaded, processor);
        DocumentLoader loader = new DocumentLoader(processor, schemas == null ? Schemas.bundled() : Schemas.from(schemas));
        List<FixtureRunner.Result> results = new FixtureRunner(compiled, loader).run(loaded.fixtures());

        int failed = 0;
        for (FixtureRunner.Result result : results) {
            Fixture f = result.fixture();
            String label = f.origin() + ": " + f.rule() + " at " + f.tbb() + " expecting " + (f.expectFailure() ? "fail" : "pass")
                    + (f.message() != null ? " '" + f.message() + "'" : "");
            if (!result.passed()) {
                failed++;
                out.println("FAILED  " + label + ": " + result.problem());
            } else if (!quiet) {
                out.println("ok      " + label);
            }
        }
        Set<String> withPass = new LinkedHashSet<>();
        Set<String> withFail = new LinkedHashSet<>();
        loaded.fixtures().forEach(f -> (f.expectFailure() ? withFail : withPass).add(f.rule()));
        List<String> gaps = new ArrayList<>();
        for (RuleDefinition rule : loaded.rules()) {
            if (!withPass.contains(rule.id())) {
                gaps.add("rule " + rule.id() + " has no fixture it passes");
            }
            if (!withFail.contains(rule.id())) {
                gaps.add("rule " + rule.id() + " has no fixture it fails");
            }
        }
        Set<String> covered = new LinkedHashSet<>();
        loaded.rules().forEach(r -> covered.addAll(r.requirements()));
        List<String> uncovered = loaded.catalog().requirements(Requirement::decidedByRule).stream()
                .map(Requirement::number).filter(n -> !covered.contains(n)).toList();
        gaps.forEach(g -> out.println("MISSING " + g));
        out.println();
        out.printf("%d rules, %d fixtures: %d passed, %d failed%n", loaded.rules().size(), results.size(), results.size() - failed, failed);
        out.printf("%d of %d rule-decided requirements have a rule%s%n", loaded.catalog().requirements(Requirement::decidedByRule).size() - uncovered.size(),
                loaded.catalog().requirements(Requirement::decidedByRule).size(), uncovered.isEmpty() ? "" : "; without: " + String.join(" ", uncovered));
        return failed == 0 && gaps.isEmpty() ? ExitCode.COMPLIANT : ExitCode.NON_COMPLIANT;
    }
}
