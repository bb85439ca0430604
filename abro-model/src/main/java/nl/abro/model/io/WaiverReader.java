package nl.abro.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Problem;
import nl.abro.model.Waiver;
import nl.abro.model.xml.waivers.Waivers;

/** Reads a waiver file. */
public final class WaiverReader {
    private final SchemaBoundReader<Waivers> reader = new SchemaBoundReader<>(Waivers.class, "/nl/abro/model/xsd/waivers-1.xsd");

    public List<Waiver> read(Path file) throws InvalidInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "file not found"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    public List<Waiver> read(InputStream in, String file) throws InvalidInputException {
        var document = reader.read(in, file);
        return document.root().getWaiver().stream().map(w -> new Waiver(w.getRequirement(), w.getJustification().strip(),
                w.getApprover().strip(), LocalDate.of(w.getExpires().getYear(), w.getExpires().getMonth(), w.getExpires().getDay()),
                w.getDocuments(), file)).toList();
    }
}
