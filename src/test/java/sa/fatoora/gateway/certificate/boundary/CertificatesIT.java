package sa.fatoora.gateway.certificate.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.certificate.boundary.Uploads.id;
import static sa.fatoora.gateway.certificate.boundary.Uploads.newUnit;
import static sa.fatoora.gateway.certificate.boundary.Uploads.upload;
import static sa.fatoora.gateway.certificate.control.CertificateFixtures.certificate;
import static sa.fatoora.gateway.certificate.control.CertificateFixtures.ec;
import static sa.fatoora.gateway.certificate.control.CertificateFixtures.pem;
import static sa.fatoora.gateway.certificate.control.CertificateFixtures.pkcs8;
import static sa.fatoora.gateway.testing.Problems.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.certificate.control.CertificateFixtures;
import sa.fatoora.gateway.testing.Api;

class CertificatesIT {

    static final KeyPair K1 = ec("secp256k1");
    static final String K1_CERT = pem(certificate(K1.getPublic(), Duration.ofDays(365)));

    final Api.Tenant tenant = Api.newTenant();
    final long unit = newUnit(tenant);

    @Test
    void aMatchingSecp256k1PairIsStoredActiveAndNeverEchoed() {
        Api.Reply r = upload(tenant, unit, K1_CERT, CertificateFixtures.sec1(K1, false));
        assertEquals(201, r.status(), r::toString);
        JsonObject c = r.object();
        assertEquals("ACTIVE", c.getString("status"));
        assertEquals("UPLOADED", c.getString("kind"));
        assertEquals("SANDBOX", c.getString("environment"));
        assertEquals(unit, c.getJsonNumber("egsUnitId").longValue());
        assertTrue(c.getString("issuer").contains("FATOORA-TEST-CA"), c::toString);
        assertTrue(r.body().matches(".*\"serial\":\"\\d+\".*"), r::body);
        assertFalse(r.body().contains("PRIVATE KEY") || r.body().contains("privateKey"), r::body);
        assertEquals(c, Api.get("/api/v1/certificates/" + id(c), tenant.key()).object());
    }

    /** ZATCA's SDK dummy CSID and its key (Data/Certificates in zatca.sdk.dir, SDK 238-R3.4.8, valid to 2029). */
    @Test
    void theSdkDummyCertificateWithItsKeyIsAccepted() throws Exception {
        Path dir = Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data", "Certificates");
        Api.Reply r = Api.post(
                "/api/v1/certificates",
                tenant.key(),
                Uploads.body(
                        unit,
                        Files.readString(dir.resolve("cert.pem")),
                        Files.readString(dir.resolve("ec-secp256k1-priv-key.pem")),
                        "sandbox-secret"));
        assertEquals(201, r.status(), r::toString);
        assertEquals(
                "CN=PRZEINVOICESCA4-CA, DC=extgazt, DC=gov, DC=local",
                r.object().getString("issuer"));
        assertFalse(r.body().contains("sandbox-secret"));
    }

    @Test
    void mismatchingPairsNameWhatDiffers() {
        var point = assertProblem(upload(tenant, unit, K1_CERT, pkcs8(ec("secp256k1"))), 400, "CERT_KEY_MISMATCH");
        assertTrue(point.getString("detail").contains("same curve (secp256k1), different public point"));

        var curve = assertProblem(upload(tenant, unit, K1_CERT, pkcs8(ec("secp256r1"))), 400, "CERT_KEY_MISMATCH");
        assertTrue(
                curve.getString("detail")
                        .contains("the private key is on curve secp256r1 but the certificate's key is on secp256k1"),
                curve::toString);

        KeyPair rsa = CertificateFixtures.rsa(2048);
        String rsaCert = pem(certificate(rsa.getPublic(), Duration.ofDays(30)));
        var modulus = assertProblem(
                upload(tenant, unit, rsaCert, CertificateFixtures.pkcs1(CertificateFixtures.rsa(2048))),
                400,
                "CERT_KEY_MISMATCH");
        assertTrue(modulus.getString("detail").contains("RSA modulus differs"), modulus::toString);
        assertNothingStored();
    }

    @Test
    void matchingPairsThatCannotSignForZatcaAreUnsupported() {
        KeyPair rsa = CertificateFixtures.rsa(2048);
        var r = assertProblem(
                upload(tenant, unit, pem(certificate(rsa.getPublic(), Duration.ofDays(30))), pkcs8(rsa)),
                400,
                "UNSUPPORTED_KEY_TYPE");
        assertTrue(r.getString("detail").contains("matches the certificate"), r::toString);
        assertTrue(r.getString("detail").contains("RSA (2048-bit)"), r::toString);

        var ed = assertProblem(
                upload(tenant, unit, K1_CERT, pkcs8(CertificateFixtures.jdk("Ed25519"))), 400, "UNSUPPORTED_KEY_TYPE");
        assertTrue(ed.getString("detail").contains("Ed25519"), ed::toString);
        assertNothingStored();
    }

    @Test
    void unreadableInputAndCertificatesOutsideTheirValidityAreRejected() {
        assertProblem(
                upload(tenant, unit, K1_CERT, "-----BEGIN PRIVATE KEY-----\nnot a key\n"), 400, "INVALID_KEY_FORMAT");
        assertProblem(upload(tenant, unit, "garbage", pkcs8(K1)), 400, "INVALID_CERTIFICATE");
        Instant now = Instant.now();
        String expired = pem(certificate(K1.getPublic(), now.minus(Duration.ofDays(9)), now.minusSeconds(60)));
        assertProblem(upload(tenant, unit, expired, pkcs8(K1)), 400, "CERT_NOT_VALID");
        String future = pem(certificate(K1.getPublic(), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(9))));
        assertProblem(upload(tenant, unit, future, pkcs8(K1)), 400, "CERT_NOT_VALID");
        assertProblem(
                Api.post("/api/v1/certificates", tenant.key(), "{\"egsUnitId\": " + unit + "}"),
                400,
                "VALIDATION_FAILED");
        assertNothingStored();
    }

    @Test
    void aNewUploadSupersedesTheActiveOneWhichStaysInTheHistory() {
        JsonObject first = Uploads.uploadFresh(tenant, unit);
        JsonObject second = Uploads.uploadFresh(tenant, unit);

        JsonArray history = Api.get("/api/v1/egs-units/" + unit + "/certificates", tenant.key())
                .json()
                .asJsonArray();
        assertEquals(2, history.size());
        assertEquals(id(second), id(history.getJsonObject(0)), "newest first");
        assertEquals("ACTIVE", history.getJsonObject(0).getString("status"));
        JsonObject old = history.getJsonObject(1);
        assertEquals(id(first), id(old));
        assertEquals("REVOKED", old.getString("status"));
        assertEquals("superseded", old.getString("statusReason"));

        JsonArray events = Api.get("/api/v1/certificates/" + id(first) + "/events", tenant.key())
                .json()
                .asJsonArray();
        assertEquals("STORED", events.getJsonObject(0).getString("type"));
        assertEquals("REVOKED", events.getJsonObject(1).getString("type"));
        assertEquals(
                "superseded by certificate " + id(second),
                events.getJsonObject(1).getString("detail"));
    }

    @Test
    void concurrentUploadsLeaveExactlyOneActiveCertificate() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var uploads = new java.util.ArrayList<java.util.concurrent.Future<JsonObject>>();
            for (int i = 0; i < 4; i++) {
                uploads.add(pool.submit(() -> Uploads.uploadFresh(tenant, unit)));
            }
            for (var upload : uploads) {
                upload.get();
            }
        } finally {
            pool.shutdown();
        }
        JsonArray history = Api.get("/api/v1/egs-units/" + unit + "/certificates", tenant.key())
                .json()
                .asJsonArray();
        assertEquals(4, history.size());
        assertEquals(
                1,
                history.getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("status").equals("ACTIVE"))
                        .count(),
                history::toString);
        assertEquals("ACTIVE", history.getJsonObject(0).getString("status"), "the last one stored wins");
    }

    @Test
    void revocationKeepsTheCertificateAndIsIdempotent() {
        long id = id(Uploads.uploadFresh(tenant, unit));
        Api.Reply revoked = Api.post(
                "/api/v1/certificates/" + id + "/revocation", tenant.key(), "{\"reason\": \"key compromised\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", revoked.object().getString("status"));
        assertEquals("key compromised", revoked.object().getString("statusReason"));

        Api.Reply again = Api.delete("/api/v1/certificates/" + id, tenant.key());
        assertEquals(200, again.status(), again::toString);
        assertEquals("key compromised", again.object().getString("statusReason"), "the first reason stays");
        assertEquals(
                1,
                Api.get("/api/v1/egs-units/" + unit + "/certificates", tenant.key())
                        .json()
                        .asJsonArray()
                        .size());
    }

    @Test
    void anotherTenantSeesNeitherTheUnitNorItsCertificates() {
        long id = id(Uploads.uploadFresh(tenant, unit));
        Api.Tenant other = Api.newTenant();
        assertProblem(Api.get("/api/v1/certificates/" + id, other.key()), 404, "NOT_FOUND");
        assertProblem(Api.get("/api/v1/certificates/" + id + "/events", other.key()), 404, "NOT_FOUND");
        assertProblem(Api.get("/api/v1/egs-units/" + unit + "/certificates", other.key()), 404, "NOT_FOUND");
        assertProblem(Api.delete("/api/v1/certificates/" + id, other.key()), 404, "NOT_FOUND");
        assertProblem(upload(other, unit, K1_CERT, pkcs8(K1)), 404, "NOT_FOUND");
        assertEquals(
                "ACTIVE",
                Api.get("/api/v1/certificates/" + id, tenant.key()).object().getString("status"),
                "the other tenant's revocation attempt changed nothing");
        assertProblem(Api.get("/api/v1/certificates/" + id, null), 401, "UNAUTHORIZED");
    }

    private void assertNothingStored() {
        assertEquals(
                0,
                Api.get("/api/v1/egs-units/" + unit + "/certificates", tenant.key())
                        .json()
                        .asJsonArray()
                        .size());
    }
}
