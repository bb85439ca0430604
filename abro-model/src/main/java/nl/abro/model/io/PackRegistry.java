package nl.abro.model.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Problem;
import nl.abro.model.RequirementPack;

/**
 * Finds packs by id. Every jar on the classpath may contribute packs: it lists their ids in
 * {@code META-INF/abro/packs} (one per line) and holds each under {@code rulesets/<id>/}. A pack in
 * a directory is addressed by its path. Loaded packs are kept, so each is read once per registry.
 */
public final class PackRegistry {
    static final String CLASSPATH_ROOT = "rulesets/";
    private static final String INDEX = "META-INF/abro/packs";

    private final ClassLoader classLoader;
    private final PackLoader loader;
    private final Map<String, RequirementPack> loaded = new ConcurrentHashMap<>();

    public PackRegistry(ClassLoader classLoader) {
        this(classLoader, new PackLoader());
    }

    public PackRegistry(ClassLoader classLoader, PackLoader loader) {
        this.classLoader = classLoader;
        this.loader = loader;
    }

    /** Ids of the packs on the classpath, sorted. */
    public List<String> availableIds() {
        TreeSet<String> ids = new TreeSet<>();
        try {
            for (URL index : Collections.list(classLoader.getResources(INDEX))) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
                    in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(ids::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pack index " + INDEX, e);
        }
        return new ArrayList<>(ids);
    }

    /**
     * Resolves a pack reference: a directory holding {@code pack.xml}, an id of a classpath pack, or
     * {@code id:version}, which must match the pack's version.
     */
    public RequirementPack resolve(String reference) throws InvalidInputException {
        Path directory = Path.of(reference);
        if (Files.isRegularFile(directory.resolve(PackLoader.MANIFEST))) {
            return cached("dir:" + directory.toAbsolutePath().normalize(), () -> loader.load(new DirectoryPackSource(directory)));
        }
        String id = reference;
        String version = null;
        int colon = reference.indexOf(':');
        if (colon > 0) {
            id = reference.substring(0, colon);
            version = reference.substring(colon + 1);
        }
        if (!availableIds().contains(id)) {
            String hint = Files.isDirectory(directory) ? " (directory has no " + PackLoader.MANIFEST + ")" : "";
            throw new InvalidInputException(Problem.inFile(reference,
                    "unknown pack" + hint + "; available: " + String.join(", ", availableIds())));
        }
        String packId = id;
        RequirementPack pack = cached("classpath:" + id, () -> loader.load(new ClasspathPackSource(classLoader, packId)));
        if (!pack.id().equals(id)) {
            throw new InvalidInputException(Problem.inFile(pack.location() + "/" + PackLoader.MANIFEST,
                    "pack id '" + pack.id() + "' does not match its directory '" + id + "'"));
        }
        if (version != null && !version.equals(pack.manifest().version())) {
            throw new InvalidInputException(Problem.inFile(reference,
                    "version " + version + " of pack " + id + " is not available (found " + pack.manifest().version() + ")"));
        }
        return pack;
    }

    /** All classpath packs, loaded. */
    public List<RequirementPack> all() throws InvalidInputException {
        List<RequirementPack> packs = new ArrayList<>();
        for (String id : availableIds()) {
            packs.add(resolve(id));
        }
        return packs;
    }

    private RequirementPack cached(String key, PackSupplier supplier) throws InvalidInputException {
        RequirementPack pack = loaded.get(key);
        if (pack == null) {
            pack = supplier.load();
            RequirementPack raced = loaded.putIfAbsent(key, pack);
            if (raced != null) {
                pack = raced;
            }
        }
        return pack;
    }

    @FunctionalInterface
    private interface PackSupplier {
        RequirementPack load() throws InvalidInputException;
    }
}
