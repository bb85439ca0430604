package nl.abro.checker.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.abro.model.Chapter;
import nl.abro.model.EvidenceKind;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Language;
import nl.abro.model.PackParameter;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementPack;
import nl.abro.model.Section;
import nl.abro.model.TbbLevel;
import nl.abro.model.io.PackRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Everything the pack knows about one requirement. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a requirement: title, summary, levels, evidence, references, parameters and the rules that check it.")
final class ExplainCommand implements Callable<Integer> {
    private static final int WIDTH = 100;

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack;

    @Parameters(paramLabel = "NUMBER", arity = "1..*", description = "Requirement number, e.g. 4.3.26 (ABRO) or 2.76 (ADV).")
    List<String> numbers;

    @Override
    public Integer call() throws InvalidInputException {
        Language lang = pack.language();
        Labels labels = new Labels(lang);
        RequirementPack loaded = pack.load(new PackRegistry(ExplainCommand.class.getClassLoader()));
        PrintWriter out = spec.commandLine().getOut();
        boolean first = true;
        for (String number : numbers) {
            Requirement requirement = loaded.catalog().requirement(number.trim())
                    .orElseThrow(() -> new UserError(labels.get("explain.unknown", number, loaded.coordinates())
                            + suggestion(loaded, number.trim(), labels)));
            if (!first) {
                out.println();
            }
            first = false;
            explain(loaded, requirement, lang, labels, out);
        }
        return ExitCode.COMPLIANT;
    }

    private static void explain(RequirementPack pack, Requirement r, Language lang, Labels labels, PrintWriter out) {
        out.println(r.number() + "  " + r.title().in(lang));
        out.println("=".repeat(Math.min(WIDTH, r.number().length() + 2 + r.title().in(lang).length())));
        wrap(r.summary().in(lang), "", out);
        out.println();
        Chapter chapter = pack.catalog().chapter(r.chapter()).orElseThrow();
        Table facts = new Table();
        facts.row(labels.get("explain.pack") + ":", pack.coordinates() + "  " + pack.manifest().title().in(lang));
        facts.row(labels.get("explain.chapter") + ":", chapter.number() + "  " + chapter.title().in(lang)
                + " (" + labels.get("domain." + chapter.domain().code()) + ")");
        if (!r.section().equals(r.chapter())) {
            Section section = chapter.sections().stream().filter(s -> s.number().equals(r.section())).findFirst().orElseThrow();
            facts.row(labels.get("explain.section") + ":", section.number() + "  " + section.title().in(lang));
        }
        facts.row(labels.get("explain.levels") + ":", levels(r, true));
        if (r.levels().size() < TbbLevel.values().length) {
            facts.row(labels.get("explain.notAt") + ":", levels(r, false));
        }
        facts.row(labels.get("explain.automation") + ":", labels.get("explain.automation." + r.automation().name()));
        facts.row(labels.get("explain.evidence") + ":", r.evidence().stream().map(EvidenceKind::code)
                .map(code -> labels.get("evidence." + code)).collect(Collectors.joining(", ")));
        if (!r.references().isEmpty()) {
            facts.row(labels.get("explain.references") + ":", r.references().stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        List<PackParameter> parameters = pack.parameters().stream().filter(p -> p.requirements().contains(r.number())).toList();
        for (PackParameter parameter : parameters) {
            facts.row(labels.get("explain.parameters") + ":", parameter.name() + " = " + valuesPerLevel(parameter, labels)
                    + "  (" + parameter.title().in(lang) + ")");
        }
        var rules = pack.rulesFor(r.number());
        if (rules.isEmpty()) {
            facts.row(labels.get("explain.rules") + ":", labels.get("explain.noRules", pack.coordinates()));
        }
        for (var rule : rules) {
            facts.row(labels.get("explain.rules") + ":", rule.id() + (rule.title() == null ? "" : "  " + rule.title().in(lang)));
        }
        facts.print(out);
    }

    private static String levels(Requirement r, boolean applies) {
        return java.util.Arrays.stream(TbbLevel.values()).filter(l -> r.appliesAt(l) == applies)
                .map(l -> l + " (" + l.marking() + ")").collect(Collectors.joining(", "));
    }

    private static String valuesPerLevel(PackParameter parameter, Labels labels) {
        String unit = parameter.unit() == null ? "" : " " + parameter.unit();
        return java.util.Arrays.stream(TbbLevel.values())
                .map(l -> l + ": " + parameter.valueAt(l).map(v -> v + unit).orElse("-"))
                .collect(Collectors.joining(", "));
    }

    private static void wrap(String text, String indent, PrintWriter out) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > indent.length()) {
            out.println(line);
        }
    }

    /** Nearby numbers for a typo: those in the same section, closest first. */
    private static String suggestion(RequirementPack pack, String number, Labels labels) {
        int dot = number.lastIndexOf('.');
        String prefix = dot > 0 ? number.substring(0, dot + 1) : number;
        List<String> near = pack.catalog().requirements(r -> r.number().startsWith(prefix)).stream()
                .map(Requirement::number)
                .sorted(Comparator.comparingInt(n -> Math.abs(lastPart(n) - lastPart(number))))
                .limit(3).toList();
        return near.isEmpty() ? "" : labels.get("explain.didYouMean", String.join(", ", near));
    }

    private static int lastPart(String number) {
        String last = number.substring(number.lastIndexOf('.') + 1).replaceAll("[^0-9]", "");
        return last.isEmpty() ? 0 : Integer.parseInt(last.substring(0, Math.min(last.length(), 6)));
    }
}
