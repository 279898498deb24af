package sa.fatoora.gateway.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static sa.fatoora.gateway.testing.Hostile.assertHealthy;
import static sa.fatoora.gateway.testing.Hostile.assertRefused;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Hostile;

/**
 * Garbage against every endpoint that takes a JSON body: each attack is a 4xx problem with our code and nothing
 * internal in it, nothing is stored (tenants, keys, units, onboardings, invoices and the simulator's switches are
 * the same after every attack), and the server is ready afterwards. Invoice-specific attacks (lines, VAT numbers,
 * dates, XML) are in invoice/boundary/InvoiceHostileInputIT, the XML ones of validation in ValidationHostileXmlIT.
 */
class HostileInputIT {

    static Api.Tenant tenant;
    static long unit;
    static State before;

    /**
     * An endpoint, who may call it, and one field of its body to aim at. A free-text field takes a number as its
     * text (JSON-B's leniency, kept: 1e999999999 is a fine name), so number attacks aim at the others only.
     */
    record Endpoint(String name, String path, boolean admin, String field) {

        boolean freeText() {
            return field.equals("name") || field.equals("label");
        }

        String key() {
            return admin ? Api.ADMIN_KEY : tenant.key();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void tenantWithAUnit() {
        tenant = Api.newTenant();
        unit = Fixtures.createdEgsUnit(tenant.key(), "1100");
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("admin tenants", "/api/v1/admin/tenants", true, "name"),
                new Endpoint("admin keys", "/api/v1/admin/tenants/" + tenant.id() + "/keys", true, "label"),
                new Endpoint("egs units", "/api/v1/egs-units", false, "name"),
                new Endpoint("onboarding", "/api/v1/egs-units/" + unit + "/onboarding", false, "otp"),
                new Endpoint("renewal", "/api/v1/egs-units/" + unit + "/renewal", false, "otp"),
                new Endpoint("legacy onboarding", "/api/v1/zatca/production/onboarding/submit", false, "csr"),
                new Endpoint("invoices", "/api/v1/invoices", false, "documentType"),
                new Endpoint("certificate upload", "/api/v1/certificates", false, "certificate"),
                new Endpoint("invoice check", "/api/v1/invoices/check?egsUnitId=" + unit, false, "documentType"),
                new Endpoint("simulator faults", "/simulator/admin/faults", true, "call"),
                new Endpoint("simulator behaviour", "/simulator/admin/behaviour", true, "clearanceEnabled"),
                new Endpoint("simulator otps", "/simulator/admin/otps", true, "environment"));
    }

    /** Bodies that must all be refused with 400, made for one field. */
    static List<Arguments> attacks(Endpoint e) {
        String f = "\"" + e.field() + "\"";
        List<Arguments> a = new ArrayList<>();
        Function<String, Arguments> json = body ->
                Arguments.of(e, body.substring(0, Math.min(40, body.length())), body.getBytes(StandardCharsets.UTF_8));
        a.add(json.apply("{" + f + ":\"x"));
        a.add(json.apply("{" + f + ":"));
        a.add(json.apply("not json at all"));
        a.add(json.apply("<Invoice/>"));
        a.add(json.apply(""));
        a.add(json.apply("{" + f + ":[1,2]}"));
        a.add(json.apply("{" + f + ":{\"a\":{}}}"));
        a.add(json.apply("{" + f + ":\"x\",\"surprise\":1}"));
        a.add(json.apply("{" + f + ":\"a\\u0000b\"}"));
        a.add(json.apply("{" + f + ":\"\\ud800\"}"));
        if (!e.freeText()) {
            a.add(json.apply("{" + f + ":1e999999999}"));
        }
        a.add(json.apply("{" + f + ":1" + "7".repeat(100_000) + "}"));
        a.add(json.apply("{" + f + ":\"" + "a".repeat(5 * 1024 * 1024) + "\"}"));
        a.add(json.apply("{" + f + ":" + Hostile.nested(100_000, false) + "}"));
        a.add(json.apply(Hostile.nested(50_000, true)));
        byte[] broken = ("{" + f + ":\"caf\u00e9 ##\"}").getBytes(StandardCharsets.UTF_8);
        int at = new String(broken, StandardCharsets.UTF_8).indexOf("##");
        broken[at] = (byte) 0xFF; // a byte that is never UTF-8
        broken[at + 1] = (byte) 0xC3; // a lead byte cut off by the quote after it
        a.add(Arguments.of(e, "invalid UTF-8", broken));
        return a;
    }

    static Stream<Arguments> everyAttack() {
        return endpoints().stream().flatMap(e -> attacks(e).stream());
    }

    @BeforeEach
    void snapshot() {
        before = State.now();
    }

    @AfterEach
    void nothingStored() {
        assertEquals(before, State.now(), "an attack changed what is stored");
    }

    @AfterAll
    static void stillHealthy() {
        assertHealthy();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyAttack")
    void garbageIs400(Endpoint e, String label, byte[] body) {
        Api.Reply r = Api.send(Api.request(e.path(), e.key())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
        assertEquals(400, r.status(), r::toString);
        assertRefused(r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aWrongContentTypeIs415(Endpoint e) {
        assertRefused(
                Api.post(e.path(), e.key(), "text/plain", "{\"" + e.field() + "\":\"x\"}"),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void fiftyMegabytesWithALengthAre413AtOnce(Endpoint e) {
        assertRefused(
                Hostile.fiftyMegabytes(
                        e.path(), e.key(), "application/json", "{\"" + e.field() + "\":\"", (byte) 'a', "\"}", true),
                413,
                "PAYLOAD_TOO_LARGE");
    }

    @Test
    void fiftyMegabytesStreamedWithoutALengthAre413() {
        // no Content-Length: the server has to count while reading and stop at its 10 MB limit
        assertRefused(
                Hostile.fiftyMegabytes(
                        "/api/v1/egs-units",
                        tenant.key(),
                        "application/json",
                        "{\"name\":\"",
                        (byte) 'a',
                        "\"}",
                        false),
                413,
                "PAYLOAD_TOO_LARGE");
    }

    /** What the attacks must not change. */
    record State(
            int tenants,
            int keys,
            String units,
            int onboarding,
            String certificates,
            String invoices,
            String behaviour) {

        static State now() {
            return new State(
                    Api.get("/api/v1/admin/tenants", Api.ADMIN_KEY)
                            .json()
                            .asJsonArray()
                            .size(),
                    Api.get("/api/v1/admin/tenants/" + tenant.id() + "/keys", Api.ADMIN_KEY)
                            .json()
                            .asJsonArray()
                            .size(),
                    Api.get("/api/v1/egs-units", tenant.key()).body(),
                    Api.get("/api/v1/egs-units/" + unit + "/onboarding", tenant.key())
                            .status(),
                    Api.get("/api/v1/egs-units/" + unit + "/certificates", tenant.key())
                            .body(),
                    Api.get("/api/v1/invoices", tenant.key()).body(),
                    Api.get("/simulator/admin/behaviour", Api.ADMIN_KEY).body());
        }
    }
}
