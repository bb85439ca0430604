package nl.abro.model.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.abro.model.InvalidInputException;
import nl.abro.model.RequirementPack;

/**
 * The build step of a pack jar that lets the packs in it load faster: it loads every pack of the
 * jar's classes directory as a directory pack, with every schema and cross-file check, and writes
 * beside its manifest {@value #FILE}: the SHA-256 of each file that decides results, in the format
 * of {@code sha256sum}. {@link PackLoader} reads a classpath pack's file whose bytes match without
 * validating it again (all other checks still run); a changed byte means it is validated. Schema
 * validation of the pack files was a tenth of a cold {@code abro check}.
 *
 * <p>Run by the rulesets build ({@code exec:java} in {@code process-classes}) with the classes
 * directory's {@code rulesets} folder as its argument; a pack with a problem fails the build.
 */
public final class PackVerification {
    public static final String FILE = "verified.sha256";

    private PackVerification() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PackVerification RULESETS-DIRECTORY");
        }
        List<Path> packs;
        try (Stream<Path> children = Files.list(Path.of(args[0]))) {
            packs = children.filter(d -> Files.isRegularFile(d.resolve(PackLoader.MANIFEST))).sorted().toList();
        }
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("no packs in " + args[0]);
        }
        PackLoader loader = new PackLoader();
        for (Path directory : packs) {
            RequirementPack pack;
            try {
                pack = loader.load(new DirectoryPackSource(directory));
            } catch (InvalidInputException e) {
                throw new IllegalStateException("pack " + directory + " does not load:\n" + e.getMessage(), e);
            }
            StringBuilder lines = new StringBuilder();
            for (String file : pack.files()) {
                lines.append(sha256(Files.readAllBytes(directory.resolve(file)))).append("  ").append(file).append('\n');
            }
            Files.writeString(directory.resolve(FILE), lines, StandardCharsets.UTF_8);
        }
    }

    /** The digests of a {@value #FILE}, by relative path; lines that are not "HEX  PATH" are ignored. */
    static Map<String, String> parse(String text) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int space = line.indexOf("  ");
            if (space == 64 && line.length() > 66) {
                digests.put(line.substring(66).strip(), line.substring(0, 64));
            }
        }
        return digests;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
