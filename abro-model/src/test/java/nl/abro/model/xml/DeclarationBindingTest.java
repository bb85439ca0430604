package nl.abro.model.xml;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.math.BigInteger;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import nl.abro.model.xml.declaration.Accounts;
import nl.abro.model.xml.declaration.Cyber;
import nl.abro.model.xml.declaration.Declaration;
import nl.abro.model.xml.declaration.ObjectFactory;
import nl.abro.model.xml.declaration.Statement;
import nl.abro.model.xml.declaration.Statements;
import nl.abro.model.xml.declaration.Tender;
import org.junit.jupiter.api.Test;

/** Tools that generate declarations (from a registry, say) can use the JAXB classes; the result is schema-valid. */
class DeclarationBindingTest {
    @Test
    void aGeneratedDeclarationIsValid() throws Exception {
        Declaration declaration = new Declaration();
        Tender tender = new Tender();
        tender.setTbb(3);
        tender.setReference("BZK-2026-017");
        declaration.setTender(tender);
        Cyber cyber = new Cyber();
        Accounts accounts = new Accounts();
        accounts.setLockoutThreshold(BigInteger.valueOf(3));
        cyber.setAccounts(accounts);
        declaration.setCyber(cyber);
        Statements statements = new Statements();
        Statement statement = new Statement();
        statement.setRequirement("4.3.26");
        statement.setStatus("complies");
        statements.getStatement().add(statement);
        declaration.setStatements(statements);

        Marshaller marshaller = JAXBContext.newInstance(Declaration.class).createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/nl/abro/model/xsd/declaration-1.xsd"));
        marshaller.setSchema(schema);
        StringWriter out = new StringWriter();
        JAXBElement<Declaration> root = new ObjectFactory().createDeclaration(declaration);
        marshaller.marshal(root, out);
        assertThat(out.toString()).contains("<accounts lockoutThreshold=\"3\"/>").contains("requirement=\"4.3.26\"");
        schema.newValidator().validate(new StreamSource(new java.io.StringReader(out.toString())));
    }

    @Test
    void theExamplesBindToo() throws Exception {
        var unmarshaller = JAXBContext.newInstance(Declaration.class).createUnmarshaller();
        var source = new StreamSource(new java.io.File("../examples/tbb4-compliant.xml"));
        Declaration declaration = unmarshaller.unmarshal(source, Declaration.class).getValue();
        assertThat(declaration.getTender().getTbb()).isEqualTo(4);
        assertThat(declaration.getCloud().getService()).isNotEmpty();
        assertThat(declaration.getStatements().getStatement()).hasSizeGreaterThan(300);
    }
}
