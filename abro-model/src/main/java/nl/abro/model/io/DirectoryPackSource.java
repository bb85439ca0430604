package nl.abro.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A pack in a directory, such as one a team keeps beside its tender documents. */
public final class DirectoryPackSource implements PackSource {
    private final Path root;

    public DirectoryPackSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public String displayPath(String relativePath) {
        return root.resolve(relativePath).toString();
    }

    @Override
    public InputStream open(String relativePath) throws IOException {
        Path file = root.resolve(relativePath).normalize();
        // A pack reads only its own files, even through a symbolic link.
        if (!file.startsWith(root) || (Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath()))) {
            throw new IOException("path leaves the pack directory: " + relativePath);
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(displayPath(relativePath));
        }
        return Files.newInputStream(file);
    }
}
