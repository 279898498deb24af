package sa.fatoora.gateway.egs.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.testing.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.signing.control.QrCodes;
import sa.fatoora.gateway.signing.entity.QrPayload;
import sa.fatoora.gateway.signing.entity.QrTag;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Simulator;

/**
 * POST /api/v1/egs-units refuses values whose length ZATCA caps (the seller name in the QR, the certificate's
 * subject) at registration, with the limit in the message, instead of failing at onboarding.
 */
class EgsUnitLimitsIT {

    static final String UNITS = "/api/v1/egs-units";
    /** Arabic letters are two bytes each in UTF-8. */
    static final String LETTERS = "شركةالتقنيةالمتقدمةللتجارةوالمقاولات".repeat(4);

    @Test
    void aSellerNameTooLongForTheQrIsRefusedAndNothingIsStored() {
        var tenant = Api.newTenant();
        // 60 Arabic letters and four ligatures of Allah (U+FDF2, 3 bytes each): 64 characters, as many as the
        // certificate takes, and 132 bytes in the QR
        String name = LETTERS.substring(0, 60) + "\uFDF2".repeat(4);
        assertEquals(132, name.getBytes(StandardCharsets.UTF_8).length);
        var p = assertProblem(
                Api.post(UNITS, tenant.key(), unit("1100", name, "Riyadh Branch")), 400, "VALIDATION_FAILED");
        assertEquals(
                List.of(error(
                        "/seller/legalName",
                        "the seller name is 132 bytes in UTF-8; with the other QR fields at their longest the QR"
                                + " would be 704 characters, over ZATCA's 700: at most 131 bytes fit for a unit that"
                                + " issues simplified documents")),
                errors(p));

        // the name of the bug report: 167 bytes, so over the certificate's 64 characters as well
        String of167 = LETTERS.substring(0, 40) + " " + LETTERS.substring(40, 83);
        assertEquals(167, of167.getBytes(StandardCharsets.UTF_8).length);
        var twice = assertProblem(
                Api.post(UNITS, tenant.key(), unit("0100", of167, "Riyadh Branch")), 400, "VALIDATION_FAILED");
        assertEquals("2 invalid field(s)", twice.getString("detail"));
        assertTrue(
                errors(twice).get(1).getString("message").startsWith("the seller name is 167 bytes in UTF-8"),
                twice::toString);
        assertEquals(0, Api.get(UNITS, tenant.key()).json().asJsonArray().size(), "nothing was stored");

        // a standard-only unit writes no certificate signature (tag 9) into its QR: 132 bytes fit
        Api.Reply standard = Api.post(UNITS, tenant.key(), unit("1000", name, "Riyadh Branch"));
        assertEquals(201, standard.status(), standard::toString);
        assertEquals(name, standard.object().getJsonObject("seller").getString("legalName"));
    }

    @Test
    void theCertificateSubjectTakes64CharactersPerAttribute() {
        var tenant = Api.newTenant();
        JsonObject unit = Json.createReader(
                        new StringReader(unit("1100", "Maximum Speed Tech Supply LTD", "B".repeat(65))))
                .readObject();
        String json = Json.createObjectBuilder(unit)
                .add("name", "N".repeat(65))
                .build()
                .toString();
        var p = assertProblem(Api.post(UNITS, tenant.key(), json), 400, "VALIDATION_FAILED");
        assertEquals(
                List.of(
                        error(
                                "/name",
                                "is 65 characters; it is the certificate's common name (CN), which takes at most 64"
                                        + " (X.520 ub-common-name)"),
                        error(
                                "/branch",
                                "is 65 characters; it is the certificate's organization unit (OU), which takes at"
                                        + " most 64 (X.520 ub-organizational-unit-name)")),
                errors(p));
        assertEquals(0, Api.get(UNITS, tenant.key()).json().asJsonArray().size(), "nothing was stored");
    }

    /**
     * The largest name that fits a simplified unit (131 bytes) goes all the way: onboarding against the simulator
     * (its compliance documents are signed with a QR) and a simplified invoice with totals of 18 digits.
     */
    @Test
    void aSellerNameAtTheLimitIsOnboardedAndSignsASimplifiedInvoice() {
        var tenant = Api.newTenant();
        String name = LETTERS.substring(0, 61) + "\uFDF2".repeat(3);
        assertEquals(131, name.getBytes(StandardCharsets.UTF_8).length);
        Api.Reply created = Api.post(UNITS, tenant.key(), unit("0100", name, "Riyadh Branch"));
        assertEquals(201, created.status(), created::toString);
        long unit = created.object().getJsonNumber("id").longValue();

        Api.Reply onboarded =
                Api.post(UNITS + "/" + unit + "/onboarding", tenant.key(), "{\"otp\":\"" + Simulator.otp() + "\"}");
        assertEquals(200, onboarded.status(), onboarded::toString);
        assertEquals("COMPLETED", onboarded.object().getString("status"));

        // 869565217391304347.82 + 15 % VAT = 999999999999999999.99 due
        String invoice =
                """
                {"egsUnitId": %d, "documentType": "TAX_INVOICE", "subtype": "SIMPLIFIED", "id": "IT-%s",
                 "paymentMeansCode": "10",
                 "lines": [{"id": "1", "name": "Item", "quantity": 1, "netPrice": 869565217391304347.82,
                            "vatCategory": "S", "vatRate": 15}]}"""
                        .formatted(unit, UUID.randomUUID());
        Api.Reply issued = Api.post("/api/v1/invoices", tenant.key(), invoice);
        assertEquals(201, issued.status(), issued::toString);
        long id = issued.object().getJsonNumber("id").longValue();
        String qr =
                Api.get("/api/v1/invoices/" + id + "/qr", tenant.key()).object().getString("qr");
        assertTrue(qr.length() <= QrCodes.MAX_LENGTH, qr.length() + " characters");
        QrPayload payload = new QrCodes().decode(qr);
        assertEquals(name, payload.text(QrTag.SELLER_NAME));
        assertEquals("999999999999999999.99", payload.text(QrTag.TOTAL_WITH_VAT));
        assertTrue(payload.has(QrTag.CERTIFICATE_SIGNATURE));
    }

    /** The example unit of a functionality with this seller name and branch. */
    private static String unit(String functionality, String legalName, String branch) {
        JsonObject example = Json.createReader(new StringReader(Fixtures.exampleEgsUnit(functionality)))
                .readObject();
        JsonObject seller = Json.createObjectBuilder(example.getJsonObject("seller"))
                .add("legalName", legalName)
                .build();
        return Json.createObjectBuilder(example)
                .add("seller", seller)
                .add("branch", branch)
                .build()
                .toString();
    }

    private static JsonObject error(String pointer, String message) {
        return Json.createObjectBuilder()
                .add("pointer", pointer)
                .add("message", message)
                .build();
    }

    private static List<JsonObject> errors(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class);
    }
}
