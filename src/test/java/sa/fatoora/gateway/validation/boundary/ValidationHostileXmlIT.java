package sa.fatoora.gateway.validation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static sa.fatoora.gateway.testing.Hostile.assertHealthy;
import static sa.fatoora.gateway.testing.Hostile.assertRefused;

import java.net.http.HttpRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Hostile;

/**
 * Hostile XML against POST /api/v1/validation: every DOCTYPE form, entity expansion, nesting, attribute floods,
 * broken documents and bytes, 50 MB bodies are a 400/413 problem without internals; the server stays ready.
 * Well-formed XML that is no invoice is a report (200) whose stages fail, and never shows what an XInclude
 * pointed to.
 */
class ValidationHostileXmlIT {

    static final String PATH = "/api/v1/validation";
    static String key;

    @BeforeAll
    static void tenant() {
        key = Api.newTenant().key();
    }

    @AfterAll
    static void stillHealthy() {
        assertHealthy();
    }

    static Stream<Arguments> rejectedXml() {
        return Hostile.rejectedXml().stream().map(Arguments::of);
    }

    static Api.Reply validate(byte[] xml, String contentType) {
        return Api.send(Api.request(PATH, key)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(xml))
                .build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedXml")
    void unsafeOrBrokenXmlIsRejected(String name, byte[] xml) {
        assertRefused(validate(xml, "application/xml"), 400, "XML_REJECTED");
    }

    @Test
    void anXIncludeIsNeverFollowed() {
        Api.Reply r = validate(
                ("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
                                + " xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                                + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></Invoice>")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/xml");
        assertEquals(200, r.status(), r::toString);
        assertFalse(r.object().getBoolean("valid"), r::toString);
        assertFalse(r.body().contains("root:"), "the included file is not read");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/json", "text/plain", "application/octet-stream"})
    void otherContentTypesAre415(String type) {
        assertRefused(validate("<Invoice/>".getBytes(), type), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @ParameterizedTest(name = "known length {0}")
    @ValueSource(booleans = {true, false})
    void fiftyMegabytesAre413(boolean knownLength) {
        Api.Reply r = Hostile.fiftyMegabytesOfXml(PATH, key, knownLength);
        assertRefused(r, 413, "PAYLOAD_TOO_LARGE");
    }

    @ParameterizedTest(name = "pih={0}")
    @ValueSource(strings = {"%00", "not-base64!!", "%3C%21DOCTYPE%3E"})
    void aPihThatIsNoHashIsAReportNotAFailure(String pih) {
        Api.Reply r = Api.send(Api.request(PATH + "?pih=" + pih, key)
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>"))
                .build());
        // a report (the PIH stage fails) or a 400 problem are both fine; a 500 or a leak are not
        if (r.status() != 200) {
            assertRefused(r);
        }
        Hostile.assertNoLeak(r.body());
    }
}
