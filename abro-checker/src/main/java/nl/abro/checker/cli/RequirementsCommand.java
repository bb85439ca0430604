package nl.abro.checker.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import nl.abro.model.Automation;
import nl.abro.model.Domain;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Language;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementPack;
import nl.abro.model.TbbLevel;
import nl.abro.model.io.PackRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

/** Lists a pack's requirements, filtered by level, domain, chapter or automation. */
@Command(name = "requirements", mixinStandardHelpOptions = true,
        description = "List the requirements of a pack: number, TBB levels, how it is checked, title.")
final class RequirementsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack;

    @Option(names = "--tbb", paramLabel = "N", converter = TbbConverter.class, description = "Only requirements that apply at TBB level N (1-4).")
    TbbLevel tbb;

    @Option(names = "--domain", paramLabel = "DOMAIN", converter = DomainConverter.class,
            description = "Only one domain: governance, personnel, physical, cyber, cloud (ABRO) or procurement (ADV).")
    Domain domain;

    @Option(names = "--chapter", paramLabel = "N", description = "Only one chapter (or section, e.g. 4.3).")
    String chapter;

    @Option(names = "--automation", paramLabel = "rule|manual", converter = AutomationConverter.class,
            description = "Only requirements decided by rules, or only those needing manual review.")
    Automation automation;

    @Override
    public Integer call() throws InvalidInputException {
        Language lang = pack.language();
        Labels labels = new Labels(lang);
        RequirementPack loaded = pack.load(new PackRegistry(RequirementsCommand.class.getClassLoader()));
        Predicate<Requirement> filter = r -> tbb == null || r.appliesAt(tbb);
        filter = filter.and(r -> domain == null || r.domain() == domain);
        filter = filter.and(r -> chapter == null || r.chapter().equals(chapter) || r.section().equals(chapter)
                || r.number().startsWith(chapter + "."));
        filter = filter.and(r -> automation == null || r.automation() == automation);

        var selected = loaded.catalog().requirements(filter);
        var out = spec.commandLine().getOut();
        if (selected.isEmpty()) {
            out.println(labels.get("requirements.none"));
            return ExitCode.COMPLIANT;
        }
        Table table = new Table();
        for (Requirement r : selected) {
            table.row(r.number(), levels(r), labels.get("automation." + r.automation().name()), r.title().in(lang));
        }
        table.print(out);
        long rules = selected.stream().filter(Requirement::decidedByRule).count();
        out.println();
        out.println(labels.get("requirements.total", selected.size(), rules, selected.size() - rules));
        return ExitCode.COMPLIANT;
    }

    /** "TBB 1 2 3 ." keeps the columns aligned: a dot where the requirement does not apply. */
    static String levels(Requirement requirement) {
        StringBuilder text = new StringBuilder("TBB");
        for (TbbLevel level : TbbLevel.values()) {
            text.append(' ').append(requirement.appliesAt(level) ? Integer.toString(level.number()) : ".");
        }
        return text.toString();
    }

    static final class DomainConverter implements picocli.CommandLine.ITypeConverter<Domain> {
        @Override
        public Domain convert(String value) {
            return Domain.parse(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not a domain; use governance, personnel, physical, cyber, cloud or procurement"));
        }
    }

    static final class AutomationConverter implements picocli.CommandLine.ITypeConverter<Automation> {
        @Override
        public Automation convert(String value) {
            try {
                return Automation.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not rule or manual");
            }
        }
    }
}
