package sa.fatoora.gateway.validation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.ValidationContext;

/** Validates the document against the UBL 2.1 Invoice schema shipped in ZATCA's SDK. */
@ApplicationScoped
public class XsdStage implements ValidationStage {

    static final String DEFAULT = "Schemas/xsds/UBL2.1/xsd/maindoc/UBL-Invoice-2.1.xsd";

    private static final Logger LOG = Logger.getLogger(XsdStage.class.getName());

    @Inject
    RulesDirectory rules;

    @Inject
    @ConfigProperty(name = "fatoora.validation.xsd", defaultValue = DEFAULT)
    String schemaPath = DEFAULT;

    @Inject
    @ConfigProperty(name = "fatoora.validation.max-messages", defaultValue = "200")
    int maxMessages = 200;

    // a Schema is immutable and thread-safe; a Validator is neither, so each call makes its own
    private final CompiledOnce<Schema> schema = new CompiledOnce<>(this::compile);

    @Override
    public Stage stage() {
        return Stage.XSD;
    }

    @Override
    public StageResult run(ValidationContext context) {
        Validator validator;
        try {
            validator = schema.get().newValidator();
        } catch (RulesUnavailableException e) {
            return StageResult.notRun(Stage.XSD, e.getMessage());
        }
        SchemaFindings findings = new SchemaFindings(maxMessages);
        try {
            // nothing beyond the compiled grammar: an xsi:schemaLocation in the document must not be fetched
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(findings);
            // validated from the bytes, not the DOM, so that every finding carries its line and column
            validator.validate(new SAXSource(secureReader(), new InputSource(new ByteArrayInputStream(context.xml()))));
        } catch (SAXException e) {
            findings.stopped(e);
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException("schema validation could not run", e);
        }
        return StageResult.of(Stage.XSD, findings.errors(), findings.warnings());
    }

    @Override
    public void prepare() {
        try {
            schema.get();
        } catch (RulesUnavailableException e) {
            LOG.info(() -> "XSD stage will not run: " + e.getMessage());
        }
    }

    private Schema compile() throws RulesUnavailableException {
        Path file = rules.require(schemaPath);
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // the UBL schema includes its common/ modules through relative file references, nothing else
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            long start = System.nanoTime();
            Schema compiled = factory.newSchema(file.toFile());
            LOG.fine(() -> "compiled " + file + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return compiled;
        } catch (SAXException e) {
            LOG.warning("UBL schema " + file + " does not compile: " + e.getMessage());
            throw new RulesUnavailableException("rule file does not compile: " + schemaPath);
        }
    }

    /** The bytes already passed SecureXml; refusing DOCTYPE again keeps this parse safe on its own. */
    private static XMLReader secureReader() throws ParserConfigurationException, SAXException {
        // the JDK's own parser, without the per-call service lookup of newInstance() (milliseconds each)
        SAXParserFactory factory = SAXParserFactory.newDefaultNSInstance();
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return factory.newSAXParser().getXMLReader();
    }
}
