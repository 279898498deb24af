package sa.fatoora.gateway.signing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.signing.entity.QrPayload;
import sa.fatoora.gateway.signing.entity.QrTag;

class QrCodesTest {

    private final QrCodes qrCodes = new QrCodes();

    @Test
    void encodesAndDecodesTlv() {
        Map<Integer, byte[]> values = new LinkedHashMap<>();
        values.put(1, "Salla".getBytes(StandardCharsets.UTF_8));
        values.put(2, "1234567891".getBytes(StandardCharsets.UTF_8));
        values.put(3, "2021-07-12T14:25:09Z".getBytes(StandardCharsets.UTF_8));
        values.put(4, "100.00".getBytes(StandardCharsets.UTF_8));
        values.put(5, "15.00".getBytes(StandardCharsets.UTF_8));
        // a widely published phase 1 vector
        String expected = "AQVTYWxsYQIKMTIzNDU2Nzg5MQMUMjAyMS0wNy0xMlQxNDoyNTowOVoEBjEwMC4wMAUFMTUuMDA=";
        assertEquals(expected, qrCodes.encode(new QrPayload(values)));
        QrPayload decoded = qrCodes.decode(expected);
        assertEquals("Salla", decoded.text(QrTag.SELLER_NAME));
        assertArrayEquals(values.get(4), decoded.bytes(QrTag.TOTAL_WITH_VAT));
    }

    @Test
    void valuesOver255BytesAreRefused() {
        QrPayload payload = new QrPayload(Map.of(1, new byte[256]));
        assertThrows(QrCodeException.class, () -> qrCodes.encode(payload));
    }

    @Test
    void moreThan700CharactersAreRefused() {
        Map<Integer, byte[]> values = new LinkedHashMap<>();
        for (int tag = 1; tag <= 3; tag++) {
            values.put(tag, new byte[200]);
        }
        assertThrows(QrCodeException.class, () -> qrCodes.encode(new QrPayload(values)));
    }

    @Test
    void truncatedTlvIsRefused() {
        assertThrows(QrCodeException.class, () -> qrCodes.decode("AQVTYWxs"));
        assertThrows(QrCodeException.class, () -> qrCodes.decode("not base64!"));
    }
}
