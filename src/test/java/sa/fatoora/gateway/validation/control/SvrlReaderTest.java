package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.validation.entity.Message;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.StageStatus;

class SvrlReaderTest {

    @Test
    void severityFromFlagOrRoleAndUnknownSeverityIsAnError() throws SaxonApiException {
        StageResult result = SvrlReader.read(
                Stage.KSA,
                svrl(
                        """
                <svrl:schematron-output xmlns:svrl="http://purl.oclc.org/dsdl/svrl">
                  <svrl:active-pattern id="p1"/>
                  <svrl:fired-rule context="/"/>
                  <svrl:failed-assert flag="error" id="BR-KSA-44" location="/Invoice">
                    <svrl:text>
                       [BR-KSA-44]-The buyer VAT number must contain 15 digits.
                    </svrl:text>
                  </svrl:failed-assert>
                  <svrl:failed-assert flag="warning" id="BR-KSA-98"><svrl:text>late</svrl:text></svrl:failed-assert>
                  <svrl:successful-report role="fatal" id="R-1"><svrl:text>reported</svrl:text></svrl:successful-report>
                  <svrl:failed-assert role="Warning" id="R-2"><svrl:text>by role</svrl:text></svrl:failed-assert>
                  <svrl:failed-assert role="info" id="R-3"><svrl:text>information</svrl:text></svrl:failed-assert>
                  <svrl:failed-assert><svrl:message-code>R-4</svrl:message-code><svrl:text>no flag</svrl:text>
                  </svrl:failed-assert>
                  <svrl:failed-assert flag="bogus"><svrl:text>no id</svrl:text></svrl:failed-assert>
                  <other:failed-assert xmlns:other="urn:other" flag="error" id="NOT-SVRL"/>
                </svrl:schematron-output>
                """));

        assertEquals(StageStatus.FAILED, result.status());
        assertEquals(
                List.of(
                        new Message("BR-KSA-44", "[BR-KSA-44]-The buyer VAT number must contain 15 digits."),
                        new Message("R-1", "reported"),
                        new Message("R-4", "no flag"),
                        new Message("unknown", "no id")),
                result.errors());
        assertEquals(
                List.of(
                        new Message("BR-KSA-98", "late"),
                        new Message("R-2", "by role"),
                        new Message("R-3", "information")),
                result.warnings());
    }

    @Test
    void onlyWarningsPass() throws SaxonApiException {
        StageResult result = SvrlReader.read(
                Stage.EN,
                svrl(
                        """
                <svrl:schematron-output xmlns:svrl="http://purl.oclc.org/dsdl/svrl">
                  <svrl:failed-assert flag="warning" id="BR-52"><svrl:text>w</svrl:text></svrl:failed-assert>
                </svrl:schematron-output>
                """));

        assertEquals(StageStatus.PASSED, result.status());
        assertEquals(1, result.warnings().size());
    }

    private static XdmNode svrl(String xml) throws SaxonApiException {
        return SchematronStage.SAXON.newDocumentBuilder().build(new StreamSource(new StringReader(xml)));
    }
}
