package sa.fatoora.gateway.validation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;

/**
 * Validates the document against the active rule pack's UBL 2.1 Invoice schema. Nothing in a schema depends on the
 * date or the zone; the clock matters only to the schematron stages.
 */
@ApplicationScoped
public class XsdStage implements ValidationStage {

    @Inject
    @ConfigProperty(name = "fatoora.validation.max-messages", defaultValue = "200")
    int maxMessages = 200;

    @Override
    public Stage stage() {
        return Stage.XSD;
    }

    @Override
    public StageResult run(ValidationContext context) {
        if (context.rulePack() == null) {
            return StageResult.notRun(Stage.XSD, context.noPackReason());
        }
        // a Schema is immutable and thread-safe; a Validator is neither, so each call makes its own
        Validator validator = context.rulePack().schema().newValidator();
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
