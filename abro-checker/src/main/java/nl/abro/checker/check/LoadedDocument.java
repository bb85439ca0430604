package nl.abro.checker.check;

import net.sf.saxon.s9api.XdmNode;
import nl.abro.model.DocumentKind;
import nl.abro.model.TbbLevel;

/**
 * A document read into its XML view, ready for the rules.
 *
 * @param statedLevel the TBB level the document itself states, or null
 */
public record LoadedDocument(String path, String sha256, DocumentKind kind, XdmNode view, TbbLevel statedLevel) {
}
