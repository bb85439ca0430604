package nl.abro.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A loaded, validated pack: manifest, catalog and parameters, with the SHA-256 over its files
 * so every report can name exactly which pack it used.
 */
public final class RequirementPack {
    private final PackManifest manifest;
    private final RequirementCatalog catalog;
    private final Map<String, PackParameter> parameters;
    private final List<String> files;
    private final String sha256;
    private final String location;
    private final List<RuleDefinition> rules;
    private final FixtureSource fixtureSource;
    private List<Fixture> fixtures;

    /** Fixtures are read only when asked for: checking documents never needs them. */
    @FunctionalInterface
    public interface FixtureSource {
        List<Fixture> load() throws InvalidInputException;
    }

    public RequirementPack(PackManifest manifest, RequirementCatalog catalog, List<PackParameter> parameters,
                           List<RuleDefinition> rules, FixtureSource fixtures,
                           List<String> files, String sha256, String location) {
        this.manifest = manifest;
        this.catalog = catalog;
        this.parameters = parameters.stream().collect(Collectors.toUnmodifiableMap(
                PackParameter::name, Function.identity()));
        this.rules = List.copyOf(rules);
        this.fixtureSource = fixtures;
        this.files = List.copyOf(files);
        this.sha256 = sha256;
        this.location = location;
    }

    /** The rules of the pack, in the order of its rule files. */
    public List<RuleDefinition> rules() {
        return rules;
    }

    /** The rules that serve {@code requirement} (per-requirement rules not included). */
    public List<RuleDefinition> rulesFor(String requirement) {
        return rules.stream().filter(r -> r.requirements().contains(requirement)).toList();
    }

    /** The pack's fixtures, read on first use. */
    public synchronized List<Fixture> fixtures() throws InvalidInputException {
        if (fixtures == null) {
            fixtures = List.copyOf(fixtureSource.load());
        }
        return fixtures;
    }

    /**
     * This pack with other rules and fixtures, as a pack author tries them out. The digest then
     * no longer describes the files, so it is marked as such.
     */
    public RequirementPack withRules(List<RuleDefinition> otherRules, List<Fixture> otherFixtures) {
        List<Fixture> copy = List.copyOf(otherFixtures);
        return new RequirementPack(manifest, catalog, parameters(), otherRules, () -> copy, files,
                "modified-" + sha256, location);
    }

    public PackManifest manifest() {
        return manifest;
    }

    public PackId coordinates() {
        return manifest.coordinates();
    }

    public String id() {
        return manifest.id();
    }

    public RequirementCatalog catalog() {
        return catalog;
    }

    /** Parameters sorted by name. */
    public List<PackParameter> parameters() {
        return parameters.values().stream().sorted(java.util.Comparator.comparing(PackParameter::name)).toList();
    }

    public Optional<PackParameter> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** The files the pack consists of, relative to its root, manifest first. */
    public List<String> files() {
        return files;
    }

    /** Hex SHA-256 over the files that decide results: manifest, catalogs, rules (see PackLoader). */
    public String sha256() {
        return sha256;
    }

    /** Where the pack was loaded from: a directory or {@code classpath:rulesets/<id>}. */
    public String location() {
        return location;
    }

    /**
     * Whether the pack was read from the classpath (a pack jar, whose build ran its fixtures)
     * rather than from a directory (a pack being written).
     */
    public boolean fromClasspath() {
        return location.startsWith("classpath:");
    }
}
