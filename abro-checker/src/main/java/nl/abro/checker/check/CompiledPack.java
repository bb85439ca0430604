package nl.abro.checker.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.saxon.s9api.Processor;
import nl.abro.checker.rules.CompiledRule;
import nl.abro.checker.rules.RuleCompilationException;
import nl.abro.checker.rules.RuleCompiler;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Problem;
import nl.abro.model.RequirementPack;
import nl.abro.model.RuleDefinition;

/** A pack with every rule compiled: built once, immutable, shared by all threads of a check. */
public final class CompiledPack {
    private final RequirementPack pack;
    private final Map<String, CompiledRule> rules;

    private CompiledPack(RequirementPack pack, Map<String, CompiledRule> rules) {
        this.pack = pack;
        this.rules = rules;
    }

    /** Compiles all rules; a rule that does not compile or breaks the sandbox makes the pack unusable. */
    public static CompiledPack compile(RequirementPack pack, Processor processor) throws InvalidInputException {
        RuleCompiler compiler = new RuleCompiler(processor);
        Map<String, CompiledRule> rules = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (RuleDefinition rule : pack.rules()) {
            try {
                rules.put(rule.id(), compiler.compile(rule));
            } catch (RuleCompilationException e) {
                problems.add(Problem.inFile(pack.location(), e.getMessage()).withoutFile());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CompiledPack(pack, Map.copyOf(rules));
    }

    public RequirementPack pack() {
        return pack;
    }

    /** Rules in pack order. */
    public List<CompiledRule> rules() {
        return pack.rules().stream().map(r -> rules.get(r.id())).toList();
    }

    public Optional<CompiledRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }
}
