package nl.abro.checker.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.LoadedDocument;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.checker.xml.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints the XML view the rules see of one document: what a pack author writes XPath against
 * (document-view.md for tender documents, espd-facts.md for an ESPD, the file itself for a declaration).
 */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = {"Print the XML view the rules see of a document (PDF, DOCX, ODT, ESPD, declaration).",
            "Exit 0, or 3 when the document cannot be read."})
final class ViewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The document.")
    Path file;

    @Override
    public Integer call() throws SaxonApiException {
        Processor processor = HardenedSaxon.newProcessor();
        DocumentLoader loader = new DocumentLoader(processor, Schemas.bundled());
        LoadedDocument document;
        try {
            document = loader.load(file.toString(), loader.read(file));
        } catch (UnreadableDocumentException e) {
            spec.commandLine().getErr().println(file + ": " + e.reason().en());
            return ExitCode.UNREADABLE_INPUT;
        }
        StringWriter text = new StringWriter();
        Serializer serializer = processor.newSerializer(text);
        serializer.setOutputProperty(Serializer.Property.INDENT, "yes");
        serializer.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "no");
        serializer.serializeNode(document.view());
        PrintWriter out = spec.commandLine().getOut();
        out.println(text.toString().strip());
        out.flush();
        return ExitCode.COMPLIANT;
    }
}
