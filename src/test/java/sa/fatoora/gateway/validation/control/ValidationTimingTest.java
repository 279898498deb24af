package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.trans.XPathException;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.ValidationContext;

/**
 * A one-off measurement, printed, never asserted against a time (machines differ): how long EN + KSA take per
 * document once warm, and which way of handing the document to Saxon is fastest.
 */
class ValidationTimingTest {

    private static final int WARM_UP = 300;
    private static final int ROUNDS = 5;
    private static final List<String> INPUTS = List.of("dom-copy", "dom-wrap", "reparse");

    @Test
    void measureSchematronTimePerDocument() throws Exception {
        List<byte[]> docs = SdkData.samples().stream().map(SdkData::read).toList();
        List<ValidationStage> stages = SdkData.configuredStages();
        XsltExecutable en = ((SchematronStage) stages.get(1)).compiled();
        XsltExecutable ksa = ((SchematronStage) stages.get(2)).compiled();

        for (int i = 0; i < WARM_UP; i++) {
            runBoth(INPUTS.get(i % INPUTS.size()), docs.get(i % docs.size()), en, ksa);
        }
        // interleaved, twice, because other builds share this machine and skew any single run
        for (int round = 0; round < 2; round++) {
            for (String input : INPUTS) {
                long start = System.nanoTime();
                for (int r = 0; r < ROUNDS; r++) {
                    for (byte[] doc : docs) {
                        runBoth(input, doc, en, ksa);
                    }
                }
                double ms = (System.nanoTime() - start) / 1e6 / (ROUNDS * docs.size());
                System.out.printf("EN+KSA per document (%s input, incl. SVRL reading): %.2f ms%n", input, ms);
            }
        }

        ValidationService service = SdkData.service();
        long start = System.nanoTime();
        for (int r = 0; r < ROUNDS; r++) {
            for (byte[] doc : docs) {
                assertTrue(service.validate(doc, null).valid());
            }
        }
        double ms = (System.nanoTime() - start) / 1e6 / (ROUNDS * docs.size());
        System.out.printf("full validation per document (parse + XSD + EN + KSA): %.2f ms%n", ms);
    }

    private static void runBoth(String input, byte[] xml, XsltExecutable en, XsltExecutable ksa) throws Exception {
        var dom = SecureXml.parse(xml);
        XdmNode tree =
                switch (input) {
                    case "dom-copy" -> SchematronStage.tree(new ValidationContext(xml, dom, null));
                    case "dom-wrap" -> SchematronStage.SAXON
                            .newDocumentBuilder()
                            .wrap(dom);
                    default -> SchematronStage.SAXON
                            .newDocumentBuilder()
                            .build(new SAXSource(secureReader(), new InputSource(new ByteArrayInputStream(xml))));
                };
        for (XsltExecutable xslt : List.of(en, ksa)) {
            Xslt30Transformer t = xslt.load30();
            t.setResourceResolver(request -> {
                throw new XPathException("refused");
            });
            XdmDestination out = new XdmDestination();
            t.applyTemplates(tree, out);
            StageResult result = SvrlReader.read(Stage.EN, out.getXdmNode());
            assertTrue(result.errors().isEmpty(), input + " " + result.errors());
        }
    }

    private static XMLReader secureReader() throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newSAXParser().getXMLReader();
    }
}
