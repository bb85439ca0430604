package nl.abro.model.io;

import jakarta.xml.bind.JAXBElement;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.abro.model.DocumentKind;
import nl.abro.model.InvalidInputException;
import nl.abro.model.LocalizedText;
import nl.abro.model.Problem;
import nl.abro.model.RequirementCatalog;
import nl.abro.model.RuleDefinition;
import nl.abro.model.Severity;
import nl.abro.model.TbbLevel;
import nl.abro.model.xml.rules.Rule;
import nl.abro.model.xml.rules.Rules;
import nl.abro.model.xml.rules.Test;

/** Reads a rules file of a pack and checks it against the pack's catalog. */
public final class RuleFileReader {
    private final SchemaBoundReader<Rules> reader = new SchemaBoundReader<>(Rules.class, "/nl/abro/model/xsd/rules-1.xsd");

    public List<RuleDefinition> read(InputStream in, String file, RequirementCatalog catalog) throws InvalidInputException {
        return read(in, file, catalog, true);
    }

    /** As {@link #read(InputStream, String, RequirementCatalog)}; {@code validate} false only for verified bytes. */
    List<RuleDefinition> read(InputStream in, String file, RequirementCatalog catalog, boolean validate) throws InvalidInputException {
        BoundDocument<Rules> document = reader.read(in, file, validate);
        List<Problem> problems = new ArrayList<>();
        Map<String, String> namespaces = new LinkedHashMap<>();
        document.root().getNamespace().forEach(ns -> namespaces.put(ns.getPrefix(), ns.getUri()));
        List<RuleDefinition> rules = new ArrayList<>();
        for (Rule rule : document.root().getRule()) {
            rules.add(toRule(document, rule, namespaces, catalog, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rules;
    }

    private static RuleDefinition toRule(BoundDocument<Rules> document, Rule rule, Map<String, String> namespaces,
                                         RequirementCatalog catalog, List<Problem> problems) {
        boolean perRequirement = rule.getRequirements().strip().equals("*");
        List<String> requirements = perRequirement ? List.of() : List.of(rule.getRequirements().strip().split("\\s+"));
        for (String number : requirements) {
            if (catalog.requirement(number).isEmpty()) {
                problems.add(document.problem(rule, "rule " + rule.getId() + " serves unknown requirement " + number));
            }
        }
        Map<String, LocalizedText> messages = new LinkedHashMap<>();
        for (var message : rule.getMessage()) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (var text : message.getText()) {
                if (texts.put(text.getLang().value(), text.getValue().strip()) != null) {
                    problems.add(document.problem(message, "message " + message.getKey() + " of rule " + rule.getId()
                            + " given twice in language '" + text.getLang().value() + "'"));
                }
            }
            if (messages.put(message.getKey(), new LocalizedText(texts.getOrDefault("nl", ""), texts.getOrDefault("en", ""))) != null) {
                problems.add(document.problem(message, "message " + message.getKey() + " defined twice in rule " + rule.getId()));
            }
        }
        List<RuleDefinition.Test> tests = new ArrayList<>();
        for (JAXBElement<Test> element : rule.getAssertOrReport()) {
            Test test = element.getValue();
            if (!messages.containsKey(test.getMessage())) {
                problems.add(document.problem(test, "rule " + rule.getId() + " uses undefined message " + test.getMessage()));
            }
            if (test.getRequirement() != null && !requirements.contains(test.getRequirement())) {
                problems.add(document.problem(test, "rule " + rule.getId() + " attributes a finding to requirement "
                        + test.getRequirement() + ", which the rule does not serve"));
            }
            tests.add(new RuleDefinition.Test(
                    element.getName().getLocalPart().equals("assert") ? RuleDefinition.Test.Kind.ASSERT : RuleDefinition.Test.Kind.REPORT,
                    test.getTest(), test.getMessage(), test.getRequirement(),
                    test.getSeverity() == null ? null : Severity.valueOf(test.getSeverity().name())));
        }
        Set<TbbLevel> levels = EnumSet.noneOf(TbbLevel.class);
        rule.getTbb().forEach(level -> levels.add(TbbLevel.of(level).orElseThrow()));
        Map<String, String> titles = new LinkedHashMap<>();
        rule.getTitle().forEach(t -> titles.put(t.getLang().value(), t.getValue().strip()));
        // A rule without a title is named by its id wherever a title is shown.
        LocalizedText title = titles.isEmpty() ? new LocalizedText(rule.getId(), rule.getId())
                : new LocalizedText(titles.getOrDefault("nl", titles.getOrDefault("en", "")), titles.getOrDefault("en", titles.getOrDefault("nl", "")));
        Location at = document.locations().getOrDefault(rule, Location.UNKNOWN);
        return new RuleDefinition(rule.getId(), requirements, perRequirement,
                DocumentKind.valueOf(rule.getDocument().name()), levels, Severity.valueOf(rule.getSeverity().name()),
                title, rule.getContext() == null ? null : rule.getContext().strip(),
                rule.getLet().stream().map(l -> new RuleDefinition.Let(l.getName(), l.getValue())).toList(),
                tests, messages, namespaces, new RuleDefinition.Origin(document.file(), at.line(), at.column()));
    }
}
