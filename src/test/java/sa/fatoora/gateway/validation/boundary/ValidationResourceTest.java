package sa.fatoora.gateway.validation.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sa.fatoora.gateway.platform.boundary.JsonbConfigResolver;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.validation.entity.Message;
import sa.fatoora.gateway.validation.entity.RulePackInfo;
import sa.fatoora.gateway.validation.entity.RulePackSource;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.ValidationReport;

class ValidationResourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "not base64!", "====", "TOO_LONG"})
    void aBadPihIsA400NamingTheParameter(String pih) {
        ValidationFailedException e = assertThrows(
                ValidationFailedException.class,
                () -> ValidationResource.checkPih(pih.equals("TOO_LONG") ? "A".repeat(132) : pih));
        assertEquals(400, e.status());
        assertEquals("pih", e.errors().get(0).pointer());
    }

    @Test
    void realPihsAreAccepted() {
        assertDoesNotThrow(() -> ValidationResource.checkPih(null));
        // the chain's first PIH, and an invoice hash
        assertDoesNotThrow(() -> ValidationResource.checkPih(
                "NWZlY2ViNjZmZmM4NmYzOGQ5NTI3ODZjNmQ2OTZjNzljMmRiYzIzOWRkNGU5MWI0NjcyOWQ3M2EyN2ZiNTdlOQ=="));
        assertDoesNotThrow(() -> ValidationResource.checkPih("V4U5qlZ3yXQ/Si1AHgGdNbaNbRhm1TbuEWCkKVVOVnI="));
    }

    @Test
    void theReportAsTheApiWritesIt() {
        Jsonb jsonb = new JsonbConfigResolver().getContext(ValidationReport.class);
        ValidationReport report = ValidationReport.of(
                null,
                new RulePackInfo("built-in", RulePackSource.BUILT_IN, "2.3.8", "0123"),
                false,
                List.of(
                        StageResult.of(Stage.XSD, List.of(), List.of()),
                        StageResult.of(Stage.KSA, List.of(new Message("BR-KSA-44", "15 digits")), List.of()),
                        StageResult.notRun(Stage.QR, "not available")));

        assertEquals(
                "{\"pihChecked\":false,"
                        + "\"rulePack\":{\"digest\":\"0123\",\"id\":\"built-in\",\"optimized\":false,\"source\":\"BUILT_IN\",\"version\":\"2.3.8\"},"
                        + "\"stages\":["
                        + "{\"errors\":[],\"stage\":\"XSD\",\"status\":\"PASSED\",\"warnings\":[]},"
                        + "{\"errors\":[{\"message\":\"15 digits\",\"rule\":\"BR-KSA-44\"}],\"stage\":\"KSA\","
                        + "\"status\":\"FAILED\",\"warnings\":[]},"
                        + "{\"errors\":[],\"reason\":\"not available\",\"stage\":\"QR\",\"status\":\"NOT_RUN\",\"warnings\":[]}"
                        + "],\"valid\":false}",
                jsonb.toJson(report));
    }
}
