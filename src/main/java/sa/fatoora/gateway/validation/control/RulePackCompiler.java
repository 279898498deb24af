package sa.fatoora.gateway.validation.control;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;
import sa.fatoora.gateway.validation.entity.RulePackFiles;
import sa.fatoora.gateway.validation.entity.RulePackInfo;

/**
 * Compiles a pack's UBL schema and both schematrons from memory. Nothing is read from outside the pack: schema
 * imports resolve to the pack's own files, by relative location where the importing schema gives one and else by
 * target namespace (the UBL schemas from Maven Central import xmldsig, XAdES and CCTS by namespace only).
 */
final class RulePackCompiler {

    private static final Logger LOG = Logger.getLogger(RulePackCompiler.class.getName());

    /** Base of the pack's files' system ids: an absolute, hierarchical URI that no resolver outside can fetch. */
    static final String BASE = "rulepack:/";

    private RulePackCompiler() {}

    /**
     * Compiles the pack, its schematrons in linear form where that finds exactly what the plain form finds (see
     * {@link LinearRules}; {@code at} is the instant the check on the samples runs at).
     */
    static CompiledRulePack compile(RulePackInfo info, RulePackFiles files, Instant at)
            throws RulesUnavailableException {
        long start = System.nanoTime();
        Schema schema = schema(files);
        XsltExecutable en = schematron(files.enSchematron(), files.bytes(files.enSchematron()));
        XsltExecutable ksa = schematron(files.ksaSchematron(), files.bytes(files.ksaSchematron()));
        CompiledRulePack pack =
                LinearRules.choose(new CompiledRulePack(info.optimized(false), schema, en, ksa), files, at);
        LOG.info(() -> "compiled rule pack " + info.id() + " (" + info.source() + " " + info.version()
                + (pack.info().optimized() ? ", linear form" : ", plain form") + ") in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return pack;
    }

    /** The plain form only, as ZATCA ships it (the differential tests' reference). */
    static CompiledRulePack compilePlain(RulePackInfo info, RulePackFiles files) throws RulesUnavailableException {
        return new CompiledRulePack(
                info.optimized(false),
                schema(files),
                schematron(files.enSchematron(), files.bytes(files.enSchematron())),
                schematron(files.ksaSchematron(), files.bytes(files.ksaSchematron())));
    }

    static Schema schema(RulePackFiles files) throws RulesUnavailableException {
        String path = files.invoiceSchema();
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // every import is answered by the resolver from the pack; nothing may be fetched by URL
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(new PackResolver(files));
            return factory.newSchema(new StreamSource(files.open(path), BASE + path));
        } catch (SAXException | PackResolver.OutsideThePack e) {
            LOG.warning("UBL schema " + path + " of the rule pack does not compile: " + e.getMessage());
            throw new RulesUnavailableException("rule file does not compile: " + path);
        }
    }

    static XsltExecutable schematron(String path, byte[] xsl) throws RulesUnavailableException {
        try {
            XsltCompiler compiler = SchematronStage.SAXON.newXsltCompiler();
            // Saxon prints static errors to stderr by default; they belong in the log
            compiler.setErrorReporter(error -> LOG.warning(() -> path + ": " + error.getMessage()));
            compiler.setResourceResolver(request -> {
                throw new net.sf.saxon.trans.XPathException("no external resources in a rule pack: " + request.uri);
            });
            return compiler.compile(new StreamSource(new ByteArrayInputStream(xsl), BASE + path));
        } catch (SaxonApiException e) {
            LOG.warning("schematron " + path + " of the rule pack does not compile: " + e.getMessage());
            throw new RulesUnavailableException("rule file does not compile: " + path);
        }
    }

    /** Answers schema imports and includes from the pack's files, never from the network or the disk. */
    static final class PackResolver implements LSResourceResolver {

        /** An import the pack can't answer; unchecked because the resolver's interface allows nothing else. */
        static final class OutsideThePack extends RuntimeException {
            OutsideThePack(String message) {
                super(message, null, false, false);
            }
        }

        private final RulePackFiles files;
        private final Map<String, String> byNamespace = new HashMap<>();
        private final DOMImplementationLS ls;

        PackResolver(RulePackFiles files) {
            this.files = files;
            files.paths().forEach(path -> {
                if (path.endsWith(".xsd")) {
                    String namespace = targetNamespace(files.open(path));
                    // first one wins, in a stable order: the main schemas' own modules sort before imported copies
                    if (namespace != null) {
                        byNamespace.merge(namespace, path, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    }
                }
            });
            try {
                DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
                ls = (DOMImplementationLS) dbf.newDocumentBuilder().getDOMImplementation();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("the JDK's DOM has no load-and-save implementation", e);
            }
        }

        @Override
        public LSInput resolveResource(
                String type, String namespaceURI, String publicId, String systemId, String baseURI) {
            String path = null;
            if (systemId != null && !systemId.isBlank()) {
                path = relative(baseURI, systemId);
            }
            if ((path == null || !files.paths().contains(path)) && namespaceURI != null) {
                path = byNamespace.get(namespaceURI);
            }
            if (path == null || !files.paths().contains(path)) {
                // no answer from the pack: refuse rather than let the parser go and fetch it
                throw new OutsideThePack("schema " + systemId + " (" + namespaceURI + ") is not in the pack");
            }
            LSInput input = ls.createLSInput();
            input.setByteStream(files.open(path));
            input.setSystemId(BASE + path);
            input.setPublicId(publicId);
            input.setBaseURI(BASE + path);
            return input;
        }

        private static String relative(String baseURI, String systemId) {
            try {
                URI base = URI.create(baseURI == null ? BASE : baseURI);
                String resolved = base.resolve(systemId).normalize().toString();
                return resolved.startsWith(BASE) ? resolved.substring(BASE.length()) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** The schema's targetNamespace, read from its root element alone. */
    static String targetNamespace(java.io.InputStream xsd) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(xsd);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return reader.getAttributeValue(null, "targetNamespace");
                    }
                }
                return null;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return null;
        }
    }
}
