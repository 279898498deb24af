package sa.fatoora.gateway.validation.control;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.trans.XPathException;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.validation.entity.Message;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.ValidationContext;

/**
 * Runs one of ZATCA's compiled schematrons (XSLT 2.0 producing SVRL) with Saxon-HE. Compiling takes about a
 * second and a half, so it happens once, on first use; the compiled {@link XsltExecutable} is thread-safe, the
 * transformer made from it is not, so each call gets its own.
 */
public abstract class SchematronStage implements ValidationStage {

    private static final Logger LOG = Logger.getLogger(SchematronStage.class.getName());

    // thread-safe and shareable; one configuration for both schematrons keeps name pools and caches together
    static final Processor SAXON = new Processor(false);

    static final String STOPPED = "SCHEMATRON_STOPPED";

    @Inject
    RulesDirectory rules;

    private final CompiledOnce<XsltExecutable> executable = new CompiledOnce<>(this::compile);

    /** The stylesheet's path below the rules directory. */
    protected abstract String stylesheet();

    @Override
    public StageResult run(ValidationContext context) {
        XsltExecutable xslt;
        try {
            xslt = compiled();
        } catch (RulesUnavailableException e) {
            return StageResult.notRun(stage(), e.getMessage());
        }
        try {
            Xslt30Transformer transformer = xslt.load30();
            // the stylesheets only ask for document('') (to print their own XSLT prefix in the SVRL metadata);
            // refusing every fetch keeps the transformation inside the document and saves re-reading the rules
            transformer.setResourceResolver(request -> {
                throw new XPathException("no external resources during validation: " + request.uri);
            });
            transformer.setMessageHandler(message -> LOG.fine(() -> stage() + " xsl:message " + message));
            XdmDestination svrl = new XdmDestination();
            transformer.applyTemplates(tree(context), svrl);
            return SvrlReader.read(stage(), svrl.getXdmNode());
        } catch (SaxonApiException e) {
            // the rules hit a value they can't evaluate (e.g. "four" as an amount): a defect of the document,
            // which the XSD stage also reports, so it fails this stage instead of breaking the request
            LOG.fine(() -> stage() + " schematron stopped on this document (" + Problems.category(e) + ")");
            return StageResult.of(
                    stage(),
                    List.of(new Message(STOPPED, "The rules stopped on this document: " + e.getMessage())),
                    List.of());
        }
    }

    /**
     * Measured on the 19 samples (ValidationTimingTest): EN+KSA take about 3.6 ms on a copy of the parsed DOM,
     * 4.6 ms on Saxon's DOM wrapper, and re-parsing the bytes is no faster than copying (and is a second parser
     * to keep secure).
     */
    static XdmNode tree(ValidationContext context) throws SaxonApiException {
        return SAXON.newDocumentBuilder().build(new DOMSource(context.document()));
    }

    XsltExecutable compiled() throws RulesUnavailableException {
        return executable.get();
    }

    @Override
    public void prepare() {
        try {
            executable.get();
        } catch (RulesUnavailableException e) {
            LOG.info(() -> stage() + " schematron will not run: " + e.getMessage());
        }
    }

    private XsltExecutable compile() throws RulesUnavailableException {
        Path file = rules.require(stylesheet());
        try {
            long start = System.nanoTime();
            XsltCompiler compiler = SAXON.newXsltCompiler();
            // Saxon prints static errors to stderr by default; they belong in the log with the stage's name
            compiler.setErrorReporter(error -> LOG.warning(() -> stage() + " schematron: " + error.getMessage()));
            XsltExecutable compiled = compiler.compile(new StreamSource(file.toFile()));
            LOG.info(() -> "compiled " + stage() + " schematron " + file.getFileName() + " in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            return compiled;
        } catch (SaxonApiException e) {
            LOG.warning(stage() + " schematron " + file + " does not compile: " + e.getMessage());
            throw new RulesUnavailableException("rule file does not compile: " + stylesheet());
        }
    }
}
