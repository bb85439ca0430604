package nl.abro.checker.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** One file to check and how to name it in reports. */
public record Input(Path file, String displayPath) {
    /**
     * File name endings picked up when a directory is walked: declarations and ESPDs (XML) and
     * tender documents. HTML and plain text are read when named, but not picked up from a folder,
     * where they are far more often reports and notes than tender documents.
     */
    public static final Set<String> EXTENSIONS = Set.of("xml", "pdf", "docx", "odt", "doc");

    public static Input of(Path file) {
        return new Input(file, file.toString().replace('\\', '/'));
    }

    /**
     * Expands the arguments: files as given (whatever their name), directories walked in sorted
     * order for files with a known ending. Symbolic links to directories are not followed, so a
     * link loop cannot trap the walk; hidden files and folders are skipped.
     */
    public static List<Input> expand(List<Path> arguments) {
        List<Input> inputs = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !Files.isSymbolicLink(p) || !Files.isDirectory(p))
                            .filter(p -> !hidden(argument.relativize(p)))
                            .filter(p -> EXTENSIONS.contains(extension(p)))
                            .sorted()
                            .forEach(p -> inputs.add(of(p)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                inputs.add(of(argument));
            }
        }
        return inputs;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
