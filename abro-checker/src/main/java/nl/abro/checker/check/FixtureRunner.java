package nl.abro.checker.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.SaxonApiException;
import nl.abro.checker.rules.Bindings;
import nl.abro.checker.rules.CompiledRule;
import nl.abro.checker.rules.RuleHit;
import nl.abro.checker.xml.UnreadableDocumentException;
import nl.abro.model.Fixture;
import nl.abro.model.Requirement;
import nl.abro.model.RuleDefinition;

/** Runs a pack's fixtures: each rule must pass and fail exactly where its author says. */
public final class FixtureRunner {
    private final CompiledPack pack;
    private final DocumentLoader loader;

    public FixtureRunner(CompiledPack pack, DocumentLoader loader) {
        this.pack = pack;
        this.loader = loader;
    }

    /** The verdict on one fixture; {@code problem} says what went wrong, null when it behaved. */
    public record Result(Fixture fixture, String problem) {
        public boolean passed() {
            return problem == null;
        }
    }

    public List<Result> run(List<Fixture> fixtures) {
        return fixtures.stream().map(this::run).toList();
    }

    public Result run(Fixture fixture) {
        Optional<CompiledRule> found = pack.rule(fixture.rule());
        if (found.isEmpty()) {
            return new Result(fixture, "no rule " + fixture.rule() + " in the pack");
        }
        CompiledRule rule = found.get();
        RuleDefinition definition = rule.definition();
        List<String> applicable = pack.pack().catalog().applicableAt(fixture.tbb()).stream().map(Requirement::number).toList();
        if (!definition.runsAt(fixture.tbb())
                || (!definition.perRequirement() && definition.requirements().stream().noneMatch(applicable::contains))) {
            return new Result(fixture, "rule " + rule.id() + " does not run at " + fixture.tbb());
        }
        LoadedDocument document;
        try {
            // Loaded like any input, so a fixture may be a declaration or an ESPD of either version.
            document = loader.load(fixture.origin().toString(),
                    new DocumentLoader.Read(fixture.document().getBytes(StandardCharsets.UTF_8), ""));
        } catch (UnreadableDocumentException e) {
            return new Result(fixture, "fixture document cannot be read: " + e.reason().en());
        }
        if (document.kind() != definition.document()) {
            return new Result(fixture, "fixture document is a " + document.kind().code() + ", rule " + rule.id()
                    + " is for a " + definition.document().code());
        }
        LoadedDocument request = null;
        if (fixture.request() != null) {
            try {
                request = loader.load(fixture.origin() + " (request)",
                        new DocumentLoader.Read(fixture.request().getBytes(StandardCharsets.UTF_8), ""));
            } catch (UnreadableDocumentException e) {
                return new Result(fixture, "fixture request cannot be read: " + e.reason().en());
            }
            if (request.kind() != nl.abro.model.DocumentKind.ESPD_REQUEST) {
                return new Result(fixture, "fixture request is a " + request.kind().code() + ", not an espd-request");
            }
        }
        Bindings bindings = Bindings.of(pack.pack(), fixture.tbb(), fixture.checkDate(), null, applicable)
                .withRequest(request == null ? null : request.view())
                .withCatalogs(pack.catalogs());
        List<RuleHit> hits = new ArrayList<>();
        try {
            if (definition.perRequirement()) {
                List<String> targets = fixture.requirement() != null ? List.of(fixture.requirement()) : applicable;
                for (String number : targets) {
                    hits.addAll(rule.evaluate(document.view(), bindings.forRequirement(number)));
                }
            } else {
                hits.addAll(rule.evaluate(document.view(), bindings));
            }
        } catch (SaxonApiException e) {
            return new Result(fixture, "rule " + rule.id() + " failed to evaluate: " + String.valueOf(e.getMessage()).strip());
        }
        // A check runs the parts only where the rule's sweep finds a hit: it must find every one.
        if (!hits.isEmpty()) {
            boolean missed = definition.perRequirement()
                    ? !rule.mayHitFor(document.view(), bindings, applicable).containsAll(
                            hits.stream().map(RuleHit::requirement).distinct().toList())
                    : !rule.mayHit(document.view(), bindings);
            if (missed) {
                return new Result(fixture, "rule " + rule.id() + ": its sweep finds no hit where its parts find "
                        + describe(hits) + " (a checker bug; please report it)");
            }
        }
        if (!fixture.expectFailure()) {
            return hits.isEmpty() ? new Result(fixture, null)
                    : new Result(fixture, "expected no finding, got " + describe(hits));
        }
        if (hits.isEmpty()) {
            return new Result(fixture, "expected a finding" + (fixture.message() != null ? " '" + fixture.message() + "'" : "") + ", got none");
        }
        if (fixture.message() != null && hits.stream().noneMatch(h -> h.messageKey().equals(fixture.message()))) {
            return new Result(fixture, "expected message '" + fixture.message() + "', got " + describe(hits));
        }
        if (fixture.findings() != null && hits.size() != fixture.findings()) {
            return new Result(fixture, "expected " + fixture.findings() + " findings, got " + hits.size() + ": " + describe(hits));
        }
        if (fixture.requirement() != null && hits.stream().noneMatch(h -> fixture.requirement().equals(
                h.requirement() != null ? h.requirement()
                        : definition.requirements().stream().filter(applicable::contains).filter(fixture.requirement()::equals).findFirst().orElse(null)))) {
            return new Result(fixture, "expected a finding against " + fixture.requirement() + ", got " + describe(hits));
        }
        return new Result(fixture, null);
    }

    private static String describe(List<RuleHit> hits) {
        return hits.stream().map(h -> "'" + h.messageKey() + "' at " + h.location().xpath() + " (" + h.message().en() + ")")
                .reduce((a, b) -> a + "; " + b).orElse("nothing");
    }
}
