package nl.abro.checker.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.model.Chapter;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Language;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementPack;
import nl.abro.model.Section;
import nl.abro.model.TbbLevel;
import nl.abro.model.io.PackRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a declaration skeleton: every requirement that applies at a level, with an empty status to fill in. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write a declaration skeleton for a tender at TBB level N: one statement per applicable requirement,",
            "titled in comments, for a supplier to fill in. 'abro check' on it lists what is still missing."})
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack;

    @Option(names = "--tbb", paramLabel = "N", required = true, converter = TbbConverter.class, description = "The tender's TBB level (1-4).")
    TbbLevel tbb;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output (an existing file is not overwritten).")
    Path output;

    @Override
    public Integer call() throws InvalidInputException, IOException {
        RequirementPack loaded = pack.load(new PackRegistry(InitCommand.class.getClassLoader()));
        Language lang = pack.language();
        StringWriter text = new StringWriter();
        try {
            write(loaded, lang, text);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the skeleton", e);
        }
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            if (Files.exists(output)) {
                throw new UserError(output + " already exists; choose another file or remove it first");
            }
            Files.writeString(output, text.toString(), StandardCharsets.UTF_8);
            spec.commandLine().getErr().println((lang == Language.NL ? "geschreven: " : "written: ") + output);
        }
        return ExitCode.COMPLIANT;
    }

    private void write(RequirementPack pack, Language lang, Writer out) throws XMLStreamException {
        boolean nl = lang == Language.NL;
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeComment(nl
                ? " Verklaring van de leverancier voor een opdracht op " + tbb + " (" + pack.coordinates() + ").\n"
                  + "     Vul de feiten in (zie examples/ en de schema's in abro-model) en geef per eis een status:\n"
                  + "     complies, partly, does-not-comply of not-applicable. Controleer met: abro check BESTAND "
                : " Supplier declaration for a tender at " + tbb + " (" + pack.coordinates() + ").\n"
                  + "     Fill in the facts (see examples/ and the schemas in abro-model) and a status per requirement:\n"
                  + "     complies, partly, does-not-comply or not-applicable. Check it with: abro check FILE ");
        xml.writeCharacters("\n");
        xml.writeStartElement("declaration");
        xml.writeDefaultNamespace(DocumentLoader.DECLARATION_NS);
        xml.writeAttribute("language", lang.code());
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("tender");
        xml.writeAttribute("tbb", Integer.toString(tbb.number()));
        xml.writeAttribute("pack", pack.id());
        xml.writeCharacters("\n  ");
        xml.writeComment(nl
                ? " Hier de feiten: supplier, ownership, governance, personnel, facilities, cyber, cloud, subcontractors, certifications. "
                : " Facts go here: supplier, ownership, governance, personnel, facilities, cyber, cloud, subcontractors, certifications. ");
        xml.writeCharacters("\n  ");
        xml.writeStartElement("statements");
        for (Chapter chapter : pack.catalog().chapters()) {
            for (Section section : chapter.sections()) {
                boolean first = true;
                for (Requirement requirement : section.requirements()) {
                    if (!requirement.appliesAt(tbb)) {
                        continue;
                    }
                    if (first) {
                        xml.writeCharacters("\n\n    ");
                        xml.writeComment(" " + section.number() + " " + section.title().in(lang) + " ");
                        first = false;
                    }
                    xml.writeCharacters("\n    ");
                    xml.writeComment(" " + requirement.number() + " " + requirement.title().in(lang).replace("--", "-") + " ");
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("statement");
                    xml.writeAttribute("requirement", requirement.number());
                    xml.writeAttribute("status", "");
                }
            }
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
    }
}
