package sa.fatoora.gateway.simulator.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.UUID;
import sa.fatoora.gateway.certificate.control.CsrFixtures;
import sa.fatoora.gateway.certificate.control.X509Certificates;
import sa.fatoora.gateway.certificate.entity.GeneratedCsr;
import sa.fatoora.gateway.egs.entity.CsrProfile;
import sa.fatoora.gateway.invoice.control.InvoicePreparation;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.PartyId;
import sa.fatoora.gateway.invoice.entity.PostalAddress;
import sa.fatoora.gateway.invoice.entity.Seller;
import sa.fatoora.gateway.signing.control.InvoiceSigner;
import sa.fatoora.gateway.signing.control.SigningIdentity;
import sa.fatoora.gateway.signing.entity.SignedInvoice;
import sa.fatoora.gateway.testing.Api;

/** The simulator's Fatoora calls over HTTP, and EGS units onboarded against it, for the integration tests. */
final class Fatoora {

    static final String DEV = "developer-portal";
    static final String SANDBOX_OTP = "123345";
    private static final Jsonb JSONB = JsonbBuilder.create();

    private Fatoora() {}

    static String path(String environment, String call) {
        return "/simulator/e-invoicing/" + environment + call;
    }

    static HttpRequest.Builder request(String environment, String call) {
        return Api.request(path(environment, call), null)
                .header("Accept-Version", "V2")
                .header("Content-Type", "application/json");
    }

    static Api.Reply compliance(String environment, String otp, String csrBase64) {
        HttpRequest.Builder b = request(environment, "/compliance");
        if (otp != null) {
            b.header("OTP", otp);
        }
        return Api.send(b.POST(body(csrBase64 == null ? "{}" : "{\"csr\":\"" + csrBase64 + "\"}"))
                .build());
    }

    static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    static String basic(String token, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((token + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    static String otp(String environment) {
        Api.Reply r = Api.post("/simulator/admin/otps", Api.ADMIN_KEY, "{\"environment\":\"" + environment + "\"}");
        assertEquals(200, r.status(), r::toString);
        return r.object().getString("otp");
    }

    /** A CSID and the key its certificate was issued for. */
    record Csid(GeneratedCsr csr, long requestId, String token, String secret) {

        String authorization() {
            return basic(token, secret);
        }

        String base64Der() {
            return new String(Base64.getDecoder().decode(token), StandardCharsets.US_ASCII);
        }

        X509Certificate certificate() {
            return X509Certificates.fromBase64Der(base64Der());
        }

        SigningIdentity identity() {
            return SigningIdentity.fromPem(
                    base64Der(), X509Certificates.toPem(csr.keyPair().getPrivate()));
        }

        Csid withCredentials(JsonObject issued) {
            return new Csid(
                    csr,
                    issued.getJsonNumber("requestID").longValue(),
                    issued.getString("binarySecurityToken"),
                    issued.getString("secret"));
        }
    }

    static Csid complianceCsid(String environment, String otp, CsrProfile profile) {
        GeneratedCsr csr = CsrFixtures.generate(profile);
        Api.Reply r = compliance(environment, otp, csr.base64Pem());
        assertEquals(200, r.status(), r::toString);
        return new Csid(csr, 0, null, null).withCredentials(r.object());
    }

    static Api.Reply send(String environment, String call, String method, String authorization, String json) {
        HttpRequest.Builder b = request(environment, call).method(method, body(json));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (call.endsWith("reporting/single")) {
            b.header("Clearance-Status", "0");
        } else if (call.endsWith("clearance/single")) {
            b.header("Clearance-Status", "1");
        }
        return Api.send(b.build());
    }

    static Api.Reply productionCsid(String environment, Csid compliance, String requestId) {
        return send(
                environment,
                "/production/csids",
                "POST",
                compliance.authorization(),
                "{\"compliance_request_id\":\"" + requestId + "\"}");
    }

    static Api.Reply submit(String environment, String call, Csid csid, SignedInvoice invoice, String uuid) {
        return send(environment, call, "POST", csid.authorization(), submission(invoice, uuid));
    }

    static String submission(SignedInvoice invoice, String uuid) {
        return "{\"invoiceHash\":\"" + invoice.invoiceHash() + "\",\"uuid\":\"" + uuid + "\",\"invoice\":\""
                + Base64.getEncoder().encodeToString(invoice.xml()) + "\"}";
    }

    /** One of examples/invoices/*.json as a signed document of this seller VAT, at a chain position. */
    static SignedInvoice signedExample(String example, Csid csid, String vat, long icv, String pih, UUID uuid)
            throws Exception {
        InvoiceRequest request =
                JSONB.fromJson(Files.readString(Path.of("examples/invoices", example + ".json")), InvoiceRequest.class);
        Seller seller = new Seller(
                "Maximum Speed Tech Supply LTD",
                vat,
                new PartyId("CRN", "1010010000"),
                new PostalAddress("Prince Sultan", null, "2322", "Al-Murabba", "Riyadh", "23333", "SA"));
        byte[] unsigned = new InvoicePreparation()
                .prepare(request, seller, new ChainPosition(icv, pih), uuid)
                .xml();
        return new InvoiceSigner().sign(unsigned, csid.identity());
    }
}
