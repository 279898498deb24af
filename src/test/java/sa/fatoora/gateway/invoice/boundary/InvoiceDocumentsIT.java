package sa.fatoora.gateway.invoice.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.control.InvoiceHasher;
import sa.fatoora.gateway.signing.control.QrCodes;
import sa.fatoora.gateway.testing.Api;

/**
 * Every document kind through the pipeline against the built-in simulator, on one SANDBOX unit (both subtypes):
 * standard invoice, credit and debit note cleared; simplified invoice, credit and debit note reported. Also what
 * the API gives back for each: the cleared XML and ZATCA's QR, the stored XML, the QR as text, JSON and PNG.
 */
@Tag("dates")
class InvoiceDocumentsIT extends OnboardedUnitTests {

    @Test
    void everyKindIsClearedOrReportedInOneChain() {
        List<String> kinds = List.of(
                "standard-invoice",
                "simplified-invoice",
                "standard-credit-note",
                "simplified-credit-note",
                "standard-debit-note",
                "simplified-debit-note");
        String previousHash = ChainPosition.FIRST_PREVIOUS_HASH;
        long expectedIcv = 1;
        for (String kind : kinds) {
            Api.Reply r = Invoices.issue(tenant.key(), Invoices.example(kind, unit));
            assertEquals(201, r.status(), () -> kind + ": " + r);
            JsonObject answer = r.object();
            boolean standard = kind.startsWith("standard");
            assertEquals(standard ? "CLEARED" : "REPORTED", answer.getString("status"), kind);
            assertEquals(expectedIcv++, answer.getJsonNumber("icv").longValue(), kind);
            assertEquals(previousHash, answer.getString("previousInvoiceHash"), kind);
            assertEquals(1, answer.getInt("attempts"));
            assertEquals(standard ? "STANDARD" : "SIMPLIFIED", answer.getString("subtype"));
            assertEquals(standard ? "CLEARANCE" : "REPORTING", answer.getString("action"));
            String xml = Invoices.xml(tenant.key(), Invoices.id(r));
            String hash = new InvoiceHasher().hash(SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)));
            assertEquals(answer.getString("invoiceHash"), hash, kind + ": the stored XML hashes to the invoice hash");
            if (standard) {
                // the answer carries ZATCA's cleared document; its QR is ZATCA's, and /xml serves that document
                String cleared = new String(
                        Base64.getDecoder().decode(answer.getString("clearedInvoice")), StandardCharsets.UTF_8);
                assertEquals(cleared, xml);
                assertTrue(xml.contains(answer.getString("qr")), "the QR shown is the cleared document's");
            } else {
                assertFalse(answer.containsKey("clearedInvoice"));
                assertTrue(xml.contains(answer.getString("qr")));
                assertTrue(answer.containsKey("deadline"), "simplified documents carry the 24-hour deadline");
            }
            previousHash = answer.getString("invoiceHash");
        }
    }

    @Test
    void theQrComesAsJsonTextAndAPngThatScans() throws Exception {
        Api.Reply issued = Invoices.issue(tenant.key(), Invoices.example("standard-invoice", unit));
        assertEquals(201, issued.status(), issued::toString);
        long id = Invoices.id(issued);
        String qr = issued.object().getString("qr");

        Api.Reply json = Api.get(Invoices.PATH + "/" + id + "/qr", tenant.key());
        assertEquals(200, json.status(), json::toString);
        assertEquals(qr, json.object().getString("qr"));
        assertEquals("ZATCA", json.object().getString("source"));
        // ZATCA's QR of a standard document: the gateway's tags 1-8 (no 9, that is for simplified documents)
        assertEquals(8, new QrCodes().decode(qr).values().size());

        Api.Reply text = Api.send(Api.request(Invoices.PATH + "/" + id + "/qr", tenant.key())
                .header("Accept", "text/plain")
                .GET()
                .build());
        assertEquals(200, text.status());
        assertEquals(qr, text.body());

        for (var request : List.of(
                Api.request(Invoices.PATH + "/" + id + "/qr", tenant.key())
                        .header("Accept", "image/png")
                        .GET()
                        .build(),
                Api.request(Invoices.PATH + "/" + id + "/qr?format=png&size=400", tenant.key())
                        .GET()
                        .build())) {
            HttpResponse<byte[]> png =
                    java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, png.statusCode());
            assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png.body(), 4));
            assertEquals(qr, scan(png.body()), "the PNG decodes to the QR text");
        }
        Api.Reply badFormat = Api.get(Invoices.PATH + "/" + id + "/qr?format=gif", tenant.key());
        sa.fatoora.gateway.testing.Problems.assertProblem(badFormat, 400, "VALIDATION_FAILED");
    }

    @Test
    void aSimplifiedDocumentShowsTheGatewaysQrWithTheCertificateSignature() {
        Api.Reply issued = Invoices.issue(tenant.key(), Invoices.example("simplified-invoice", unit));
        assertEquals(201, issued.status(), issued::toString);
        Api.Reply json = Api.get(Invoices.PATH + "/" + Invoices.id(issued) + "/qr", tenant.key());
        assertEquals("GATEWAY", json.object().getString("source"));
        assertEquals(
                9, new QrCodes().decode(json.object().getString("qr")).values().size());
        JsonObject got = Invoices.get(tenant.key(), Invoices.id(issued));
        assertEquals("REPORTED", got.getString("status"));
        assertEquals(1, got.getJsonArray("submissions").size());
        JsonObject submission = got.getJsonArray("submissions").getJsonObject(0);
        assertEquals("REPORTING", submission.getString("route"));
        // 200, or 202 when the simulator adds warnings (e.g. the chain's order across this class's tests)
        assertTrue(List.of(200, 202).contains(submission.getInt("httpStatus")), submission::toString);
        assertNotEquals(got.getString("uuid"), "");
    }

    private static String scan(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        // the PNG holds the code alone, module-aligned with its quiet zone: read as such (PURE_BARCODE). zxing's
        // finder-pattern search, made for photos, failed now and then on some payloads (a FormatException in CI)
        return new QRCodeReader()
                .decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }
}
