package nl.abro.checker.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.XmlInput;
import nl.abro.model.InvalidInputException;
import nl.abro.model.RequirementPack;
import nl.abro.model.io.PackRegistry;

/** What the rule tests share: the hardened processor, a compiler, the abro-2026 pack, documents from text. */
final class RuleTestKit {
    final Processor processor = HardenedSaxon.newProcessor();
    final RuleCompiler compiler = new RuleCompiler(processor);
    final RequirementPack pack;

    RuleTestKit() throws InvalidInputException {
        pack = new PackRegistry(RuleTestKit.class.getClassLoader()).resolve("abro-2026");
    }

    XdmNode document(String xml) throws Exception {
        return new XmlInput(processor).parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
    }
}
