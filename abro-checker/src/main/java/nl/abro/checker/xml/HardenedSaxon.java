package nl.abro.checker.xml;

import java.io.Reader;
import java.net.URI;
import javax.xml.transform.Source;
import net.sf.saxon.Configuration;
import net.sf.saxon.lib.CollectionFinder;
import net.sf.saxon.lib.EnvironmentVariableResolver;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.lib.UnparsedTextURIResolver;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.trans.XPathException;
import java.util.Collections;
import java.util.Set;

/**
 * The one Saxon processor of the checker, configured so that nothing evaluated in it can reach
 * outside the documents it is given: no protocols for fetching, and resolvers for documents,
 * collections, unparsed text and environment variables that refuse. Rules are also checked when
 * they are compiled (see {@code RuleSandbox}); this is the second wall.
 */
public final class HardenedSaxon {
    private HardenedSaxon() {
    }

    public static Processor newProcessor() {
        Configuration config = new RegexReusingConfiguration();
        Processor processor = new Processor(config);
        config.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "none");
        config.setConfigurationProperty(Feature.ALLOW_EXTERNAL_FUNCTIONS, false);
        config.setConfigurationProperty(Feature.DTD_VALIDATION, false);
        config.setConfigurationProperty(Feature.XINCLUDE, false);
        config.setConfigurationProperty(Feature.LINE_NUMBERING, true);
        config.setResourceResolver(new Refusing());
        config.setUnparsedTextURIResolver(new Refusing());
        config.setCollectionFinder(new Refusing());
        config.setConfigurationProperty(Feature.ENVIRONMENT_VARIABLE_RESOLVER, new Refusing());
        // Errors reach us as exceptions with their message. Saxon's default reporter would also
        // print them to standard error, and it is made anew (with its own buffered writer) for
        // every evaluation of every rule: one shared reporter that keeps quiet.
        net.sf.saxon.lib.ErrorReporter quiet = error -> { };
        config.setErrorReporterFactory(c -> quiet);
        return processor;
    }

    /** Answers every request for outside data with a refusal. */
    private static final class Refusing implements ResourceResolver, UnparsedTextURIResolver, CollectionFinder,
            EnvironmentVariableResolver {
        @Override
        public Source resolve(ResourceRequest request) throws XPathException {
            throw new XPathException("access to documents is not allowed: " + request.uri);
        }

        @Override
        public Reader resolve(URI absoluteURI, String encoding, Configuration config) throws XPathException {
            throw new XPathException("access to text files is not allowed: " + absoluteURI);
        }

        @Override
        public net.sf.saxon.lib.ResourceCollection findCollection(net.sf.saxon.expr.XPathContext context, String collectionURI)
                throws XPathException {
            throw new XPathException("access to collections is not allowed: " + collectionURI);
        }

        @Override
        public Set<String> getAvailableEnvironmentVariables() {
            return Collections.emptySet();
        }

        @Override
        public String getEnvironmentVariable(String name) {
            return null;
        }
    }

}
