package nl.abro.model.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.abro.model.InvalidInputException;
import nl.abro.model.PackId;
import nl.abro.model.Problem;
import nl.abro.model.RequirementPack;
import nl.abro.model.TbbLevel;
import nl.abro.model.TenderProfile;
import nl.abro.model.xml.profile.TailoredRequirement;
import jakarta.xml.bind.JAXBElement;

/** Reads a tender profile and checks it against the pack it names. */
public final class TenderProfileReader {
    private final SchemaBoundReader<nl.abro.model.xml.profile.TenderProfile> profiles =
            new SchemaBoundReader<>(nl.abro.model.xml.profile.TenderProfile.class, "/nl/abro/model/xsd/profile-1.xsd");

    public TenderProfile read(Path file) throws InvalidInputException {
        return SchemaBoundReader.readFile(file, this::read);
    }

    public TenderProfile read(InputStream in, String file) throws InvalidInputException {
        BoundDocument<nl.abro.model.xml.profile.TenderProfile> document = profiles.read(in, file);
        var profile = document.root();
        List<TenderProfile.Tailoring> tailoring = new ArrayList<>();
        if (profile.getTailoring() != null) {
            for (JAXBElement<TailoredRequirement> element : profile.getTailoring().getAddOrRemove()) {
                TenderProfile.Change change = element.getName().getLocalPart().equals("add")
                        ? TenderProfile.Change.ADD : TenderProfile.Change.REMOVE;
                TailoredRequirement t = element.getValue();
                tailoring.add(new TenderProfile.Tailoring(change, t.getRequirement(), t.getReason().strip()));
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        profile.getParameter().forEach(p -> settings.put(p.getName(), p.getValue()));
        return new TenderProfile(profile.getId(), profile.getTitle().strip(), profile.getContractingAuthority(),
                profile.getReference(), new PackId(profile.getPack().getId(), profile.getPack().getVersion()),
                TbbLevel.of(profile.getTbb()).orElseThrow(), tailoring, settings, file);
    }

    /** Problems that only show against the pack: tailoring of unknown requirements, unknown settings, wrong pack. */
    public static List<Problem> problemsAgainst(TenderProfile profile, RequirementPack pack) {
        List<Problem> problems = new ArrayList<>();
        if (!profile.pack().id().equals(pack.id())) {
            problems.add(Problem.inFile(profile.source(), "profile is for pack " + profile.pack() + ", not " + pack.coordinates()));
        }
        for (TenderProfile.Tailoring t : profile.tailoring()) {
            if (pack.catalog().requirement(t.requirement()).isEmpty()) {
                problems.add(Problem.inFile(profile.source(), "tailoring names unknown requirement " + t.requirement()));
            }
        }
        return problems;
    }
}
