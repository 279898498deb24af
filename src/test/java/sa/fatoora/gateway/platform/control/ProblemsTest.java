package sa.fatoora.gateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.platform.entity.Problem;

class ProblemsTest {

    @Test
    void findsOurExceptionDeepInAWrappedChain() {
        var ours = new ResourceNotFoundException("Thing", 7);
        var wrapped = new RuntimeException(new IllegalStateException(ours));
        assertSame(ours, Problems.findGatewayException(wrapped));
        assertNull(Problems.findGatewayException(new RuntimeException("plain")));
    }

    @Test
    void ourExceptionsKeepTheirCauseButTheProblemNeverShowsIt() {
        var cause = new SQLException("SELECT secret FROM FG_TENANT", "40001");
        var ours = new XmlRejectedException("The XML document could not be parsed").causedBy(cause);
        assertSame(cause, ours.getCause());
        assertSame(ours, Problems.findGatewayException(new RuntimeException(ours)), "a cause does not hide ours");
        Problem p = Problems.of((GatewayException) ours, "/x");
        assertEquals("The XML document could not be parsed", p.detail());
        assertEquals(-1, p.toString().indexOf("SELECT"));
        assertEquals("database", Problems.category(ours), "operators' log line names where it came from");
    }

    @Test
    void problemCarriesCodeStatusAndUrnType() {
        Problem p = Problems.of(new ResourceNotFoundException("EGS unit", 3), "/api/v1/egs-units/3");
        assertEquals(404, p.status());
        assertEquals("NOT_FOUND", p.code());
        assertEquals("urn:fatoora-gateway:problem:not-found", p.type());
        assertEquals("EGS unit 3 was not found", p.detail());
        assertNull(p.errors(), "no empty errors array");
    }

    @Test
    void internalErrorsSayNothingButAnIncidentId() {
        Problem p = Problems.internalError(new RuntimeException("SELECT * FROM secret_table"), "GET", "/x");
        assertEquals(500, p.status());
        assertEquals("INTERNAL_ERROR", p.code());
        assertEquals(36, p.incidentId().length());
        assertEquals(-1, p.detail().indexOf("SELECT"));
    }

    @Test
    void categoriesAreCoarse() {
        assertEquals("database", Problems.category(new RuntimeException(new SQLException("boom"))));
        assertEquals("network", Problems.category(new UncheckedIOException(new java.net.ConnectException())));
        assertEquals("internal", Problems.category(new IllegalStateException()));
    }
}
