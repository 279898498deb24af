package sa.fatoora.gateway.certificate.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.certificate.boundary.Uploads.id;
import static sa.fatoora.gateway.certificate.boundary.Uploads.newUnit;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;

/**
 * The expiry timer's work, run on demand through JMX {@code checkNow} instead of waiting for the hourly timer, with
 * certificates made in the test that end seconds or days from now.
 */
@Tag("dates")
class CertificateExpiryIT {

    final Api.Tenant tenant = Api.newTenant();
    final List<Long> toRevoke = new ArrayList<>();

    /** Revoked so that certificates of earlier runs never crowd the readiness listing of later ones. */
    @AfterEach
    void revokeWhatThisTestLeftActive() {
        toRevoke.forEach(id -> Api.delete("/api/v1/certificates/" + id, tenant.key()));
    }

    @Test
    void aCertificatePastItsEndIsMarkedExpiredAndReported() throws Exception {
        long unit = newUnit(tenant);
        Instant end = Instant.now().plusSeconds(6);
        long id = id(Uploads.uploadValidUntil(tenant, unit, end));
        assertEquals("ACTIVE", certificate(id).getString("status"));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis()) + 1500);

        String summary = CertificatesJmx.checkNow();
        assertTrue(summary.startsWith("expiry check at"), summary);
        JsonObject expired = certificate(id);
        assertEquals("EXPIRED", expired.getString("status"));
        assertTrue(expired.getString("statusReason").startsWith("expired at"), expired::toString);
        assertStoredThenExpiredOnce(id);

        JsonObject health = certificatesCheck();
        assertEquals("UP", health.getString("status"), "an expired certificate does not take the instance out");
        String listed = health.getJsonObject("data").getString("egsUnit." + unit, "");
        assertTrue(listed.contains("certificate " + id + " EXPIRED"), health::toString);
        assertTrue(CertificatesJmx.call(CertificatesMXBean::getExpired) >= 1);

        CertificatesJmx.checkNow();
        assertStoredThenExpiredOnce(id);
    }

    /** A check that ran (timer, another test) while it still had seconds left rightly warned "1 day" too. */
    private void assertStoredThenExpiredOnce(long id) {
        List<String> types = eventTypes(id);
        assertEquals("STORED", types.get(0), types::toString);
        assertEquals("EXPIRED", types.get(types.size() - 1), types::toString);
        assertTrue(
                types.subList(1, types.size() - 1).stream().allMatch("EXPIRY_WARNING_1_DAY"::equals), types::toString);
        assertTrue(types.size() <= 3, types::toString);
    }

    @Test
    void eachCertificateGetsTheTightestWarningItHasReachedOnce() {
        Instant now = Instant.now();
        long in20Days = upload(now.plus(Duration.ofDays(20)));
        long in3Days = upload(now.plus(Duration.ofDays(3)));
        long in12Hours = upload(now.plus(Duration.ofHours(12)));
        long in60Days = upload(now.plus(Duration.ofDays(60)));
        Instant beforeCheck = Instant.now();

        CertificatesJmx.checkNow();
        CertificatesJmx.checkNow();

        assertEquals(List.of("STORED", "EXPIRY_WARNING_30_DAYS"), eventTypes(in20Days));
        assertEquals(List.of("STORED", "EXPIRY_WARNING_7_DAYS"), eventTypes(in3Days));
        assertEquals(List.of("STORED", "EXPIRY_WARNING_1_DAY"), eventTypes(in12Hours));
        assertEquals(List.of("STORED"), eventTypes(in60Days));

        JsonObject data = certificatesCheck().getJsonObject("data");
        for (long id : List.of(in20Days, in3Days, in12Hours)) {
            long unit = certificate(id).getJsonNumber("egsUnitId").longValue();
            assertTrue(
                    data.getString("egsUnit." + unit, "").contains("certificate " + id + " expires at"),
                    data::toString);
        }
        long quiet = certificate(in60Days).getJsonNumber("egsUnitId").longValue();
        assertFalse(data.containsKey("egsUnit." + quiet), "60 days left is outside the 30-day window");

        assertTrue(CertificatesJmx.call(CertificatesMXBean::getExpiringSoon) >= 3);
        assertTrue(CertificatesJmx.call(CertificatesMXBean::getActive) >= 4);
        Instant lastCheck = Instant.parse(CertificatesJmx.call(CertificatesMXBean::getLastCheck));
        assertFalse(lastCheck.isBefore(beforeCheck), lastCheck::toString);
    }

    private long upload(Instant notAfter) {
        long id = id(Uploads.uploadValidUntil(tenant, newUnit(tenant), notAfter));
        toRevoke.add(id);
        return id;
    }

    private JsonObject certificate(long id) {
        return Api.get("/api/v1/certificates/" + id, tenant.key()).object();
    }

    private List<String> eventTypes(long id) {
        return Api.get("/api/v1/certificates/" + id + "/events", tenant.key())
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(e -> e.getString("type"))
                .toList();
    }

    static JsonObject certificatesCheck() {
        return Api.get("/health/ready", null).object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("certificates"))
                .findFirst()
                .orElseThrow();
    }
}
