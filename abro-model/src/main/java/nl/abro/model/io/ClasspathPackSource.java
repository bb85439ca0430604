package nl.abro.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Map;

/** A pack packaged in a jar under {@code rulesets/<id>/}, as the bundled packs are. */
public final class ClasspathPackSource implements PackSource {
    private final ClassLoader classLoader;
    private final String base;

    public ClasspathPackSource(ClassLoader classLoader, String packId) {
        this.classLoader = classLoader;
        this.base = PackRegistry.CLASSPATH_ROOT + packId + "/";
    }

    @Override
    public String location() {
        return "classpath:" + base.substring(0, base.length() - 1);
    }

    @Override
    public String displayPath(String relativePath) {
        return "classpath:" + base + relativePath;
    }

    @Override
    public InputStream open(String relativePath) throws IOException {
        InputStream in = classLoader.getResourceAsStream(base + relativePath);
        if (in == null) {
            throw new NoSuchFileException(displayPath(relativePath));
        }
        return in;
    }

    @Override
    public Map<String, String> verifiedDigests() throws IOException {
        InputStream in = classLoader.getResourceAsStream(base + PackVerification.FILE);
        if (in == null) {
            return Map.of();
        }
        try (in) {
            return PackVerification.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
