package sa.fatoora.gateway.pdf.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sa.fatoora.gateway.pdf.control.PdfChecks;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;

/**
 * PDFs over HTTP: issued documents of every kind as veraPDF-clean PDF/A-3b with their QR and their exact XML
 * (which still validates), the Accept variant, POST /api/v1/pdf, branding per tenant and unit with its refusals,
 * the marker on a document ZATCA has not accepted yet, and tenancy.
 */
class PdfIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static Api.Tenant tenant;
    static long unit;

    @BeforeAll
    static void onboardedUnit() {
        tenant = Api.newTenant();
        unit = Fixtures.onboardedEgsUnit(tenant.key(), "1100");
    }

    record Binary(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Binary get(String path, String key, String accept) throws Exception {
        HttpRequest.Builder b = Api.request(path, key).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    static Binary postXml(String path, String key, byte[] xml) throws Exception {
        return send(Api.request(path, key)
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(xml))
                .build());
    }

    static Binary send(HttpRequest request) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Binary(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static JsonObject issue(String example) throws Exception {
        JsonObject json;
        try (var reader = Json.createReader(
                new StringReader(Files.readString(Path.of("examples/invoices", example + ".json"))))) {
            json = Json.createObjectBuilder(reader.readObject())
                    .remove("issueDate")
                    .remove("issueTime")
                    .add("id", "PDF-" + UUID.randomUUID())
                    .add("egsUnitId", unit)
                    .build();
        }
        Api.Reply r = Api.post("/api/v1/invoices", tenant.key(), json.toString());
        assertTrue(r.status() == 201 || r.status() == 202, r::toString);
        return r.object();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "standard-invoice",
                "simplified-invoice",
                "standard-credit-note",
                "simplified-debit-note",
                "export-invoice",
                "exempt-tax-invoice",
                "advance-payment-adjustments-foreign-currency"
            })
    void anIssuedDocumentIsAConformingPdfWithItsQrAndItsExactXml(String example) throws Exception {
        JsonObject invoice = issue(example);
        long id = invoice.getJsonNumber("id").longValue();
        Binary pdf = get("/api/v1/invoices/" + id + "/pdf", tenant.key(), null);
        assertEquals(200, pdf.status(), pdf::text);
        assertEquals("application/pdf", pdf.contentType());

        assertEquals(List.of(), PdfChecks.pdfA3bFailures(pdf.body()), example);
        assertEquals(invoice.getString("qr"), PdfChecks.qrOnFirstPage(pdf.body()), example);
        Map<String, byte[]> files = PdfChecks.attachments(pdf.body());
        assertEquals(List.of(invoice.getString("invoiceNumber") + ".xml"), List.copyOf(files.keySet()));
        byte[] embedded = files.values().iterator().next();
        Binary xml = get("/api/v1/invoices/" + id + "/xml", tenant.key(), null);
        assertArrayEquals(xml.body(), embedded, "the embedded XML is the stored document");
        Binary validation = postXml("/api/v1/validation", tenant.key(), embedded);
        assertEquals(200, validation.status(), validation::text);
        assertTrue(
                Json.createReader(new StringReader(validation.text()))
                        .readObject()
                        .getBoolean("valid"),
                validation::text);
        String text = PdfChecks.text(pdf.body());
        assertTrue(text.contains(invoice.getString("invoiceNumber")), text);
    }

    @Test
    void acceptApplicationPdfOnTheInvoiceGivesThePdfAndJsonStaysTheDefault() throws Exception {
        long id = issue("simplified-invoice").getJsonNumber("id").longValue();
        Binary pdf = get("/api/v1/invoices/" + id, tenant.key(), "application/pdf");
        assertEquals(200, pdf.status(), pdf::text);
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(PdfChecks.text(pdf.body()).contains("فاتورة ضريبية مبسطة"));
        Binary json = get("/api/v1/invoices/" + id, tenant.key(), null);
        assertTrue(json.contentType().startsWith("application/json"), json.contentType());
        Binary any = get("/api/v1/invoices/" + id, tenant.key(), "*/*");
        assertTrue(any.contentType().startsWith("application/json"), any.contentType());
    }

    @Test
    void anotherTenantsInvoiceIsNotFound() throws Exception {
        long id = issue("simplified-invoice").getJsonNumber("id").longValue();
        Api.Tenant other = Api.newTenant();
        Binary pdf = get("/api/v1/invoices/" + id + "/pdf", other.key(), null);
        assertEquals(404, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/problem+json"), pdf.contentType());
        assertEquals(
                404,
                get("/api/v1/invoices/" + id, other.key(), "application/pdf").status());
    }

    @Test
    void aDocumentNotYetReportedIsMarkedOnThePage() throws Exception {
        Api.Reply fault = Api.post(
                "/simulator/admin/faults",
                Api.ADMIN_KEY,
                "{\"call\":\"reporting\",\"script\":[\"500\",\"500\",\"500\"]}");
        assertTrue(fault.status() == 200 || fault.status() == 204, fault::toString);
        JsonObject invoice;
        try {
            invoice = issue("simplified-invoice");
        } finally {
            Api.delete("/simulator/admin/faults", Api.ADMIN_KEY);
        }
        long id = invoice.getJsonNumber("id").longValue();
        Binary pdf = get("/api/v1/invoices/" + id + "/pdf", tenant.key(), null);
        String text = PdfChecks.text(pdf.body());
        // the outbox's first retry comes 15 s later: the document is still PENDING here
        assertEquals("PENDING", invoice.getString("status"), invoice::toString);
        assertTrue(text.contains("NOT YET REPORTED TO ZATCA"), text);
        assertEquals(List.of(), PdfChecks.pdfA3bFailures(pdf.body()));
    }

    @Test
    void aSignedSdkSampleBecomesAPdfAndUnsignedOrBrokenXmlIsRefused() throws Exception {
        Path sample =
                Path.of(System.getProperty("zatca.sdk.dir"), "Data/Samples/Standard/Invoice/Standard_Invoice.xml");
        byte[] xml = Files.readAllBytes(sample);
        Binary pdf = postXml("/api/v1/pdf?languageOrder=ARABIC_FIRST", tenant.key(), xml);
        assertEquals(200, pdf.status(), pdf::text);
        assertEquals(List.of(), PdfChecks.pdfA3bFailures(pdf.body()));
        assertArrayEquals(
                xml, PdfChecks.attachments(pdf.body()).values().iterator().next());

        String unsigned =
                new String(xml, StandardCharsets.UTF_8).replaceAll("(?s)<ext:UBLExtensions>.*</ext:UBLExtensions>", "");
        Binary refused = postXml("/api/v1/pdf", tenant.key(), unsigned.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status());
        assertTrue(refused.text().contains("DOCUMENT_NOT_SIGNED"), refused::text);

        Binary broken = postXml("/api/v1/pdf", tenant.key(), "<Invoice><unclosed></Invoice>".getBytes());
        assertEquals(400, broken.status());
        assertTrue(broken.text().contains("XML_REJECTED"), broken::text);

        Binary dtd = postXml(
                "/api/v1/pdf",
                tenant.key(),
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>".getBytes());
        assertEquals(400, dtd.status());
        assertFalse(dtd.text().contains("Exception"), dtd::text);

        assertEquals(
                400, postXml("/api/v1/pdf", tenant.key(), "<Other/>".getBytes()).status());
        assertEquals(401, postXml("/api/v1/pdf", null, xml).status());
    }

    static String png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x + y) % 20 < 10 ? 0xFF1F5F8B : 0x00FFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    static Api.Reply put(String path, String key, String json) {
        return Api.send(Api.request(path, key)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    @Test
    void brandingPerTenantAndUnitIsPrintedAndBadBrandingIsRefusedWithNothingStored() throws Exception {
        Api.Tenant own = Api.newTenant();
        long ownUnit = Fixtures.onboardedEgsUnit(own.key(), "1100");
        String unitPath = "/api/v1/egs-units/" + ownUnit + "/branding";
        assertTrue(Api.get(unitPath, own.key()).object().getBoolean("defaults"));

        Api.Reply tenantBranding =
                put("/api/v1/branding", own.key(), "{\"footer\":\"Tenant footer\",\"accentColour\":\"#335533\"}");
        assertEquals(200, tenantBranding.status(), tenantBranding::toString);
        Api.Reply unitBranding = put(
                unitPath,
                own.key(),
                "{\"logo\":\"" + png(240, 80) + "\",\"accentColour\":\"#7A1F1F\",\"footer\":\"شكرا لتعاملكم معنا |"
                        + " Thank you\",\"languageOrder\":\"ARABIC_FIRST\"}");
        assertEquals(200, unitBranding.status(), unitBranding::toString);
        JsonObject stored = unitBranding.object();
        assertEquals("#7A1F1F", stored.getString("accentColour"));
        assertEquals("image/png", stored.getString("logoType"));
        assertEquals("ARABIC_FIRST", stored.getString("languageOrder"));

        for (String bad : List.of(
                "{\"logo\":\""
                        + Base64.getEncoder().encodeToString("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes())
                        + "\"}",
                "{\"logo\":\"" + Base64.getEncoder().encodeToString(new byte[300 * 1024]) + "\"}",
                "{\"logo\":\"not base64 !!\"}",
                "{\"logo\":\"" + png(2500, 10) + "\"}",
                "{\"accentColour\":\"red\"}",
                "{\"accentColour\":\"#FFFFFF\"}",
                "{\"languageOrder\":\"KLINGON_FIRST\"}",
                "{\"footer\":\"" + "x".repeat(301) + "\"}")) {
            Api.Reply refused = put(unitPath, own.key(), bad);
            assertEquals(400, refused.status(), () -> bad.substring(0, Math.min(80, bad.length())) + refused);
            assertEquals("BRANDING_REJECTED", refused.object().getString("code"));
        }
        assertEquals("#7A1F1F", Api.get(unitPath, own.key()).object().getString("accentColour"));

        JsonObject invoiceJson;
        try (var reader = Json.createReader(
                new StringReader(Files.readString(Path.of("examples/invoices/simplified-invoice.json"))))) {
            invoiceJson = Json.createObjectBuilder(reader.readObject())
                    .remove("issueDate")
                    .remove("issueTime")
                    .add("id", "PDF-" + UUID.randomUUID())
                    .add("egsUnitId", ownUnit)
                    .build();
        }
        Api.Reply issued = Api.post("/api/v1/invoices", own.key(), invoiceJson.toString());
        long id = issued.object().getJsonNumber("id").longValue();
        Binary pdf = get("/api/v1/invoices/" + id + "/pdf", own.key(), null);
        assertEquals(List.of(), PdfChecks.pdfA3bFailures(pdf.body()));
        String text = PdfChecks.text(pdf.body());
        assertTrue(text.contains("Thank you"), text);
        assertEquals(issued.object().getString("qr"), PdfChecks.qrOnFirstPage(pdf.body()));

        // the unit's branding removed: the tenant's applies
        assertEquals(204, Api.delete(unitPath, own.key()).status());
        String tenantText = PdfChecks.text(
                get("/api/v1/invoices/" + id + "/pdf", own.key(), null).body());
        assertTrue(tenantText.contains("Tenant footer"), tenantText);

        // another tenant's unit
        assertEquals(404, put(unitPath, tenant.key(), "{\"footer\":\"x\"}").status());
        assertEquals(404, Api.get(unitPath, tenant.key()).status());
    }
}
