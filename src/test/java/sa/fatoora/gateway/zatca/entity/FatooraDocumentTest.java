package sa.fatoora.gateway.zatca.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class FatooraDocumentTest {

    @Test
    void theRequestCarriesTheXmlInBase64() {
        for (int n : new int[] {0, 1, 2, 3, 4, 1000, 7_499_999}) {
            assertEquals(
                    Base64.getEncoder().encodeToString(new byte[n]).length() + 200, FatooraDocument.requestBytes(n));
        }
    }

    @Test
    void aboutSevenAndAHalfMegabytesOfXmlFitInOneRequest() {
        assertTrue(FatooraDocument.requestBytes(7_400_000) <= FatooraDocument.MAX_REQUEST_BYTES);
        assertTrue(FatooraDocument.requestBytes(7_600_000) > FatooraDocument.MAX_REQUEST_BYTES);
    }
}
