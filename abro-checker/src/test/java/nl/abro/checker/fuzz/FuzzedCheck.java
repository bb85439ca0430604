package nl.abro.checker.fuzz;

import java.time.LocalDate;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import nl.abro.checker.api.CheckSession;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.CompiledPack;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.LoadedDocument;
import nl.abro.checker.check.PackRouter;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.checker.xml.UnreadableDocumentException;
import nl.abro.model.io.PackRegistry;

/**
 * What every fuzz target does with its bytes: load them as a file of a given name and check what
 * loads. An unreadable file is the expected way to fail; anything else thrown is a finding.
 */
final class FuzzedCheck {
    private final DocumentLoader loader;
    private final Checker checker;

    private FuzzedCheck(Processor processor, PackRouter packs) {
        this.loader = new DocumentLoader(processor, Schemas.bundled());
        this.checker = new Checker(packs, loader, "fuzz");
    }

    /** Checks every file against one bundled pack. */
    static FuzzedCheck against(String packId) {
        try {
            var processor = HardenedSaxon.newProcessor();
            var pack = new PackRegistry(FuzzedCheck.class.getClassLoader()).resolve(packId);
            return new FuzzedCheck(processor, PackRouter.single(CompiledPack.compile(pack, processor)));
        } catch (Exception e) {
            throw new IllegalStateException("bundled pack " + packId + " cannot be compiled", e);
        }
    }

    /** Checks each file against the bundled pack for its kind, as {@code abro check} does. */
    static FuzzedCheck againstDefaultPacks() {
        var processor = HardenedSaxon.newProcessor();
        return new FuzzedCheck(processor, CheckSession.defaultPacks(new PackRegistry(FuzzedCheck.class.getClassLoader()), processor));
    }

    void check(String name, byte[] data) {
        LoadedDocument document;
        try {
            document = loader.load(name, new DocumentLoader.Read(data, "0".repeat(64)));
        } catch (UnreadableDocumentException expected) {
            return;
        }
        checker.check(document, new CheckOptions(null, null, List.of(), LocalDate.of(2026, 11, 22), 1));
    }
}
