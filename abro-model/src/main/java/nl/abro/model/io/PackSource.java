package nl.abro.model.io;

import java.io.IOException;
import java.io.InputStream;

/** Where a pack's files come from: a directory or the classpath. Paths are relative to the pack root. */
public interface PackSource {
    /** Describes the pack root for messages and reports, e.g. {@code classpath:rulesets/abro-2026}. */
    String location();

    /** How {@code relativePath} is named in error messages. */
    String displayPath(String relativePath);

    /** Opens a file of the pack; a missing file is a {@link java.nio.file.NoSuchFileException}. */
    InputStream open(String relativePath) throws IOException;

    /**
     * The SHA-256 of each file (hex, by relative path) as the build of a pack jar checked it against
     * its schema ({@link PackVerification}); such files are read without validating them again.
     * None by default: a pack in a directory is always validated.
     */
    default java.util.Map<String, String> verifiedDigests() throws IOException {
        return java.util.Map.of();
    }
}
