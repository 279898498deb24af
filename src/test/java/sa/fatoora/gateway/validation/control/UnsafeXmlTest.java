package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.platform.control.XmlRejectedException;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;

/** Hostile documents are refused before any stage sees them. */
class UnsafeXmlTest {

    private static final String INVOICE = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">";

    private final AtomicInteger runs = new AtomicInteger();
    private final ValidationService service = new ValidationService(
            List.of(new ValidationStage() {
                @Override
                public Stage stage() {
                    return Stage.XSD;
                }

                @Override
                public StageResult run(ValidationContext context) {
                    runs.incrementAndGet();
                    return StageResult.of(Stage.XSD, List.of(), List.of());
                }
            }),
            () -> new ActiveRulePack.Active(null, "no pack needed here"),
            SdkData.CLOCK);

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a DTD at all
                "<!DOCTYPE Invoice []>" + INVOICE + "</Invoice>",
                // an external entity (XXE)
                "<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + INVOICE + "&xxe;</Invoice>",
                // an external DTD
                "<!DOCTYPE Invoice SYSTEM \"http://127.0.0.1:1/evil.dtd\">" + INVOICE + "</Invoice>",
                // billion laughs
                "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                        + INVOICE + "&lol3;</Invoice>",
                // not even XML
                "this is not XML",
                ""
            })
    void refused(String xml) {
        assertThrows(XmlRejectedException.class, () -> service.validate(xml.getBytes(StandardCharsets.UTF_8), null));
        assertEquals(0, runs.get());
    }

    @Test
    void overTenMegabytesIsRefused() {
        byte[] big = new byte[SecureXml.DEFAULT_MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        byte[] head = INVOICE.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, big, 0, head.length);

        XmlRejectedException e = assertThrows(XmlRejectedException.class, () -> service.validate(big, null));
        assertEquals(400, e.status());
        assertEquals("XML_REJECTED", e.code());
        assertEquals(0, runs.get());
    }
}
