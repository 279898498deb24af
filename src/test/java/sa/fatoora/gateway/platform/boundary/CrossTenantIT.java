package sa.fatoora.gateway.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static sa.fatoora.gateway.testing.Hostile.assertHealthy;
import static sa.fatoora.gateway.testing.Hostile.assertRefused;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sa.fatoora.gateway.certificate.control.CsrFixtures;
import sa.fatoora.gateway.certificate.control.X509Certificates;
import sa.fatoora.gateway.certificate.entity.GeneratedCsr;
import sa.fatoora.gateway.egs.entity.CsrProfile;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;

/**
 * Every endpoint that takes an id, called by another tenant with the first tenant's ids: each answer is the 404 a
 * missing id gets (same code, same detail: no one learns that the id exists), and the first tenant's unit,
 * onboarding, pending legacy request and documents are as they were. Admin paths refuse tenant keys (401).
 */
class CrossTenantIT {

    static final long MISSING = 999_999_999L;

    static Api.Tenant owner;
    static Api.Tenant intruder;
    static long unit;
    static long spareUnit;
    static long invoice;
    static long certificate;
    static String legacyRequest;
    static String ownerView;

    /** One call by the intruder: path and body for an id (the owner's, or one nobody has). */
    record Call(String name, Function<String, Api.Reply> send) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void ownerWithUnitsDocumentAndPendingRequest() {
        owner = Api.newTenant();
        intruder = Api.newTenant();
        unit = Fixtures.onboardedEgsUnit(owner.key(), "1100");
        Api.Reply issued = Api.post("/api/v1/invoices", owner.key(), invoiceJson(unit));
        assertEquals(201, issued.status(), issued::toString);
        invoice = issued.object().getJsonNumber("id").longValue();
        certificate = Api.get("/api/v1/egs-units/" + unit + "/certificates", owner.key())
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        spareUnit = Fixtures.createdEgsUnit(owner.key(), "1100");
        Api.Reply stepOne =
                Api.post("/api/v1/zatca/production/onboarding/submit", owner.key(), legacyStepOne(spareUnit));
        assertEquals(200, stepOne.status(), stepOne::toString);
        legacyRequest = stepOne.object().getString("requestID");
        ownerView = ownerState();
    }

    @AfterAll
    static void ownerUntouched() {
        assertEquals(ownerView, ownerState());
        assertHealthy();
    }

    static List<Call> calls() {
        String k = intruder == null ? null : intruder.key();
        return List.of(
                new Call("GET egs unit", id -> Api.get("/api/v1/egs-units/" + id, k)),
                new Call(
                        "POST onboarding",
                        id -> Api.post("/api/v1/egs-units/" + id + "/onboarding", k, "{\"otp\":\"123345\"}")),
                new Call("GET onboarding", id -> Api.get("/api/v1/egs-units/" + id + "/onboarding", k)),
                new Call(
                        "POST renewal",
                        id -> Api.post("/api/v1/egs-units/" + id + "/renewal", k, "{\"otp\":\"123345\"}")),
                new Call(
                        "POST invoice, egsUnitId in body",
                        id -> Api.post("/api/v1/invoices", k, invoiceJson(Long.parseLong(id)))),
                new Call(
                        "POST invoice, egsUnitId in query",
                        id -> Api.post("/api/v1/invoices?egsUnitId=" + id, k, invoiceJson(null))),
                new Call(
                        "POST invoice XML",
                        id -> Api.post(
                                "/api/v1/invoices?egsUnitId=" + id,
                                k,
                                "application/xml",
                                "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>")),
                new Call(
                        "POST invoice check",
                        id -> Api.post("/api/v1/invoices/check?egsUnitId=" + id, k, invoiceJson(null))),
                new Call(
                        "POST legacy step 1",
                        id -> Api.post(
                                "/api/v1/zatca/production/onboarding/submit", k, legacyStepOne(Long.parseLong(id)))));
    }

    static List<Call> documentCalls() {
        String k = intruder == null ? null : intruder.key();
        return List.of(
                new Call("GET invoice", id -> Api.get("/api/v1/invoices/" + id, k)),
                new Call("GET invoice XML", id -> Api.get("/api/v1/invoices/" + id + "/xml", k)),
                new Call("GET invoice QR", id -> Api.get("/api/v1/invoices/" + id + "/qr", k)),
                new Call("GET invoice QR PNG", id -> Api.get("/api/v1/invoices/" + id + "/qr?format=png", k)));
    }

    static List<Call> certificateCalls() {
        String k = intruder == null ? null : intruder.key();
        return List.of(
                new Call("GET certificate", id -> Api.get("/api/v1/certificates/" + id, k)),
                new Call("GET certificate events", id -> Api.get("/api/v1/certificates/" + id + "/events", k)),
                new Call(
                        "POST certificate revocation",
                        id -> Api.post("/api/v1/certificates/" + id + "/revocation", k, "{\"reason\":\"mine now\"}")),
                new Call("DELETE certificate", id -> Api.delete("/api/v1/certificates/" + id, k)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("certificateCalls")
    void anotherTenantsCertificateIsAsMissingAsNoCertificate(Call call) {
        assertSameAsMissing(call, String.valueOf(certificate));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void anotherTenantsUnitIsAsMissingAsNoUnit(Call call) {
        assertSameAsMissing(call, String.valueOf(unit));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentCalls")
    void anotherTenantsDocumentIsAsMissingAsNoDocument(Call call) {
        assertSameAsMissing(call, String.valueOf(invoice));
    }

    @org.junit.jupiter.api.Test
    void anotherTenantsLegacyRequestIsAsMissingAsNoRequest() {
        Function<String, Api.Reply> stepTwo = id -> Api.post(
                "/api/v1/zatca/production/onboarding/submit",
                intruder.key(),
                "{\"request_id\":\"" + id + "\",\"otp\":\"123345\"}");
        String missing = UUID.randomUUID().toString();
        JsonObject theirs = assertRefused(stepTwo.apply(legacyRequest), 404, "ONBOARDING_REQUEST_NOT_FOUND");
        JsonObject none = assertRefused(stepTwo.apply(missing), 404, "ONBOARDING_REQUEST_NOT_FOUND");
        assertEquals(
                none.getString("detail").replace(missing, "{id}"),
                theirs.getString("detail").replace(legacyRequest, "{id}"));
    }

    @org.junit.jupiter.api.Test
    void listingAnotherTenantsUnitShowsNothing() {
        JsonObject page =
                Api.get("/api/v1/invoices?egsUnitId=" + unit, intruder.key()).object();
        assertEquals(0, page.getJsonNumber("total").longValue(), page::toString);
        assertEquals(0, page.getJsonArray("items").size());
    }

    @org.junit.jupiter.api.Test
    void adminPathsRefuseTenantKeys() {
        String k = intruder.key();
        assertRefused(Api.get("/api/v1/admin/tenants/" + owner.id(), k), 401, "UNAUTHORIZED");
        assertRefused(Api.get("/api/v1/admin/tenants/" + owner.id() + "/keys", k), 401, "UNAUTHORIZED");
        assertRefused(
                Api.post("/api/v1/admin/tenants/" + owner.id() + "/keys", k, "{\"label\":\"mine\"}"),
                401,
                "UNAUTHORIZED");
        assertRefused(Api.delete("/api/v1/admin/tenants/" + owner.id() + "/keys/1", k), 401, "UNAUTHORIZED");
        assertRefused(Api.send(Api.request("/simulator/admin/faults", k)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"call\":\"reporting\",\"rate\":1,\"kinds\":[\"500\"]}"))
                .build()));
    }

    /** The owner's id and an id nobody has get the same refusal: status, code, title and detail. */
    private static void assertSameAsMissing(Call call, String ownersId) {
        JsonObject theirs = assertRefused(call.send().apply(ownersId), 404, "NOT_FOUND");
        JsonObject none = assertRefused(call.send().apply(String.valueOf(MISSING)), 404, "NOT_FOUND");
        // a detail may name the id asked for; apart from it, both answers say the same
        assertEquals(
                none.getString("detail").replace(String.valueOf(MISSING), "{id}"),
                theirs.getString("detail").replace(ownersId, "{id}"),
                call.name());
        assertEquals(none.getString("title"), theirs.getString("title"), call.name());
    }

    /** Everything of the owner an intruder could have changed, as the owner sees it. */
    private static String ownerState() {
        return String.join(
                "\n",
                Api.get("/api/v1/egs-units", owner.key()).body(),
                Api.get("/api/v1/egs-units/" + unit + "/onboarding", owner.key())
                        .body(),
                String.valueOf(Api.get("/api/v1/egs-units/" + spareUnit + "/onboarding", owner.key())
                        .status()),
                Api.get("/api/v1/invoices", owner.key()).body(),
                Api.get("/api/v1/invoices/" + invoice, owner.key()).body());
    }

    /** examples/invoices/simplified-invoice.json (an SDK sample) issued now under a fresh number. */
    static String invoiceJson(Long egsUnitId) {
        try (var reader = Json.createReader(
                new StringReader(Files.readString(Path.of("examples/invoices/simplified-invoice.json"))))) {
            var b = Json.createObjectBuilder(reader.readObject())
                    .remove("issueDate")
                    .remove("issueTime")
                    .add("id", "XT-" + UUID.randomUUID());
            if (egsUnitId != null) {
                b.add("egsUnitId", egsUnitId);
            }
            return b.build().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Step 1 of the legacy endpoint: a client-made key and a CSR with the identity of the owner's spare unit
     * (examples/egs-units/both-1100.json under its unique name, as EgsUnit.csrProfile makes it).
     */
    static String legacyStepOne(long egsUnitId) {
        String name =
                Api.get("/api/v1/egs-units/" + spareUnit, owner.key()).object().getString("name");
        CsrProfile profile = Fixtures.exampleCsrProfile(name, "1100");
        GeneratedCsr csr = CsrFixtures.generate(profile);
        return Json.createObjectBuilder()
                .add("csr", csr.pem())
                .add("private_key", X509Certificates.toPem(csr.keyPair().getPrivate()))
                .add("organization_name", "Maximum Speed Tech Supply LTD")
                .add("vat_number", CsrFixtures.SDK_VAT)
                .add("egs_unit_id", egsUnitId)
                .build()
                .toString();
    }
}
