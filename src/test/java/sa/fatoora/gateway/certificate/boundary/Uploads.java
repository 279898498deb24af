package sa.fatoora.gateway.certificate.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import sa.fatoora.gateway.certificate.control.CertificateFixtures;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;

/** Certificate upload requests for the ITs; the pairs come from {@link CertificateFixtures} (made in the test). */
final class Uploads {

    private Uploads() {}

    static long newUnit(Api.Tenant tenant) {
        Api.Reply r = Api.post("/api/v1/egs-units", tenant.key(), Fixtures.egsUnit("EGS-" + UUID.randomUUID()));
        assertEquals(201, r.status(), r::toString);
        return r.object().getJsonNumber("id").longValue();
    }

    static String body(long unitId, String certificate, String privateKey, String csidSecret) {
        var b = Json.createObjectBuilder()
                .add("egsUnitId", unitId)
                .add("certificate", certificate)
                .add("privateKey", privateKey);
        if (csidSecret != null) {
            b.add("csidSecret", csidSecret);
        }
        return b.build().toString();
    }

    static Api.Reply upload(Api.Tenant tenant, long unitId, String certificate, String privateKey) {
        return Api.post("/api/v1/certificates", tenant.key(), body(unitId, certificate, privateKey, null));
    }

    /** A fresh secp256k1 pair, valid from a day ago until {@code notAfter}, uploaded; answers the 201 body. */
    static JsonObject uploadValidUntil(Api.Tenant tenant, long unitId, Instant notAfter) {
        KeyPair pair = CertificateFixtures.ec("secp256k1");
        String certificate = CertificateFixtures.pem(
                CertificateFixtures.certificate(pair.getPublic(), Instant.now().minus(Duration.ofDays(1)), notAfter));
        Api.Reply r = upload(tenant, unitId, certificate, CertificateFixtures.pkcs8(pair));
        assertEquals(201, r.status(), r::toString);
        return r.object();
    }

    static JsonObject uploadFresh(Api.Tenant tenant, long unitId) {
        return uploadValidUntil(tenant, unitId, Instant.now().plus(Duration.ofDays(365)));
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
