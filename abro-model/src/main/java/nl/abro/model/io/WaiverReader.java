package nl.abro.model.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Waiver;
import nl.abro.model.xml.waivers.Waivers;

/** Reads a waiver file. */
public final class WaiverReader {
    private final SchemaBoundReader<Waivers> reader = new SchemaBoundReader<>(Waivers.class, "/nl/abro/model/xsd/waivers-1.xsd");

    public List<Waiver> read(Path file) throws InvalidInputException {
        return SchemaBoundReader.readFile(file, this::read);
    }

    public List<Waiver> read(InputStream in, String file) throws InvalidInputException {
        var document = reader.read(in, file);
        return document.root().getWaiver().stream().map(w -> new Waiver(w.getRequirement(), w.getJustification().strip(),
                w.getApprover().strip(), LocalDate.of(w.getExpires().getYear(), w.getExpires().getMonth(), w.getExpires().getDay()),
                w.getDocuments(), file)).toList();
    }
}
