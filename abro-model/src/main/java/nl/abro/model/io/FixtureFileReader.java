package nl.abro.model.io;

import java.io.InputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import nl.abro.model.Fixture;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Problem;
import nl.abro.model.RuleDefinition;
import nl.abro.model.TbbLevel;
import nl.abro.model.xml.fixtures.Expectation;
import nl.abro.model.xml.fixtures.Fixtures;

/** Reads a fixtures file of a pack; each fixture's document is kept as XML text. */
public final class FixtureFileReader {
    private final SchemaBoundReader<Fixtures> reader = new SchemaBoundReader<>(Fixtures.class, "/nl/abro/model/xsd/fixtures-1.xsd");

    public List<Fixture> read(InputStream in, String file) throws InvalidInputException {
        BoundDocument<Fixtures> document = reader.read(in, file);
        var checkDate = document.root().getCheckDate();
        LocalDate date = LocalDate.of(checkDate.getYear(), checkDate.getMonth(), checkDate.getDay());
        List<Fixture> fixtures = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (var fixture : document.root().getFixture()) {
            Location at = document.locations().getOrDefault(fixture, Location.UNKNOWN);
            boolean fail = fixture.getExpect() == Expectation.FAIL;
            if (!fail && fixture.getMessage() != null) {
                problems.add(document.problem(fixture, "a fixture expected to pass cannot name a message"));
            }
            fixtures.add(new Fixture(fixture.getRule(), TbbLevel.of(fixture.getTbb()).orElseThrow(), fail,
                    fixture.getMessage(), fixture.getRequirement(),
                    fixture.getFindings() == null ? null : fixture.getFindings().intValueExact(),
                    fixture.getDescription() == null ? null : fixture.getDescription().strip(),
                    serialize(fixture.getDocument().getAny()),
                    fixture.getRequest() == null ? null : serialize(fixture.getRequest().getAny()), date,
                    new RuleDefinition.Origin(document.file(), at.line(), at.column())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return fixtures;
    }

    private static String serialize(org.w3c.dom.Element element) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise a fixture document", e);
        }
    }
}
