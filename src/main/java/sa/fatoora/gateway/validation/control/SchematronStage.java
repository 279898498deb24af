package sa.fatoora.gateway.validation.control;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import javax.xml.transform.dom.DOMSource;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.SaxonApiUncheckedException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.value.DateTimeValue;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.platform.control.Riyadh;
import sa.fatoora.gateway.validation.entity.Message;
import sa.fatoora.gateway.validation.entity.StageResult;

/**
 * Runs one of the active rule pack's compiled schematrons (XSLT 2.0 producing SVRL) with Saxon-HE. The compiled
 * {@link XsltExecutable} is thread-safe, the transformer made from it is not, so each call gets its own.
 *
 * <p>The rules' "now" ({@code current-date()} in BR-KSA-04, {@code current-dateTime()} in BR-KSA-98) is the
 * validation's instant from the product's clock, given to Saxon in Asia/Riyadh: left alone, Saxon reads the JVM's
 * clock and zone, and a UTC server then rejected its own invoices from 21:00 to 24:00 UTC.
 */
public abstract class SchematronStage implements ValidationStage {

    private static final Logger LOG = Logger.getLogger(SchematronStage.class.getName());

    // thread-safe and shareable; one configuration for every pack keeps name pools and caches together
    static final Processor SAXON = lockedDown();

    static final String STOPPED = "SCHEMATRON_STOPPED";

    /** This stage's schematron in the pack. */
    protected abstract XsltExecutable executable(CompiledRulePack pack);

    @Override
    public StageResult run(ValidationContext context) {
        if (context.rulePack() == null) {
            return StageResult.notRun(stage(), context.noPackReason());
        }
        XsltExecutable xslt = executable(context.rulePack());
        try {
            Xslt30Transformer transformer = xslt.load30();
            transformer.getUnderlyingController().setCurrentDateTime(riyadh(context.at()));
            // the stylesheets only ask for document('') (to print their own XSLT prefix in the SVRL metadata);
            // refusing every fetch keeps the transformation inside the document and saves re-reading the rules
            transformer.setResourceResolver(request -> {
                throw new XPathException("no external resources during validation: " + request.uri);
            });
            transformer.setResultDocumentHandler(uri -> {
                throw new SaxonApiUncheckedException(
                        new SaxonApiException("a rule pack may not write documents: " + uri));
            });
            transformer.setMessageHandler(message -> LOG.fine(() -> stage() + " xsl:message " + message));
            XdmDestination svrl = new XdmDestination();
            XdmNode tree = tree(context);
            // the document is also the global context item: hoisted loops (StylesheetOptimizer) read it from there
            transformer.setGlobalContextItem(tree);
            transformer.applyTemplates(tree, svrl);
            return SvrlReader.read(stage(), svrl.getXdmNode());
        } catch (SaxonApiException | SaxonApiUncheckedException e) {
            // the rules hit a value they can't evaluate (e.g. "four" as an amount): a defect of the document,
            // which the XSD stage also reports, so it fails this stage instead of breaking the request
            LOG.fine(() -> stage() + " schematron stopped on this document (" + Problems.category(e) + ")");
            return StageResult.of(
                    stage(),
                    List.of(new Message(STOPPED, "The rules stopped on this document: " + e.getMessage())),
                    List.of());
        } catch (XPathException e) {
            throw new IllegalStateException("Saxon refused the current date-time", e);
        }
    }

    /**
     * Rule packs can be uploaded, so their stylesheets are not trusted to stay inside the document: no URI of any
     * protocol may be fetched and no extension function called (the resolvers below refuse too, and each
     * transformation refuses xsl:result-document).
     */
    private static Processor lockedDown() {
        Processor processor = new Processor(false);
        processor.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "");
        processor.setConfigurationProperty(Feature.ALLOW_EXTERNAL_FUNCTIONS, false);
        return processor;
    }

    /** The instant as Riyadh's wall time with its +03:00 offset: the rules' current date, time and implicit zone. */
    static DateTimeValue riyadh(Instant at) {
        return DateTimeValue.fromZonedDateTime(at.atZone(Riyadh.ZONE));
    }

    /**
     * Measured on the 19 samples (ValidationTimingTest): EN+KSA take about 3.6 ms on a copy of the parsed DOM,
     * 4.6 ms on Saxon's DOM wrapper, and re-parsing the bytes is no faster than copying (and is a second parser
     * to keep secure).
     */
    static XdmNode tree(ValidationContext context) throws SaxonApiException {
        return SAXON.newDocumentBuilder().build(new DOMSource(context.document()));
    }
}
