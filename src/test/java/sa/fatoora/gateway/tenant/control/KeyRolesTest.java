package sa.fatoora.gateway.tenant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.tenant.entity.KeyRole;

class KeyRolesTest {

    @Test
    void operatorIsTheDefaultAndRolesAreCaseInsensitive() {
        assertEquals(KeyRole.OPERATOR, KeyRoles.parse(null));
        assertEquals(KeyRole.OPERATOR, KeyRoles.parse(" "));
        assertEquals(KeyRole.AUDITOR, KeyRoles.parse("auditor"));
        assertEquals(
                400,
                assertThrows(ValidationFailedException.class, () -> KeyRoles.parse("ROOT"))
                        .status());
    }

    @ParameterizedTest
    @CsvSource({
        "GET, api/v1/invoices",
        "HEAD, api/v1/invoices/1",
        "GET, api/v1/audit/export",
        "POST, api/v1/validation",
        "POST, api/v1/invoices/check",
        "POST, api/v1/pdf"
    })
    void anAuditorReadsAndUsesWhatStoresNothing(String method, String path) {
        assertTrue(KeyRoles.allows(KeyRole.AUDITOR, method, path));
    }

    @ParameterizedTest
    @CsvSource({
        "POST, api/v1/invoices",
        "POST, api/v1/invoices/batches",
        "POST, api/v1/egs-units",
        "POST, api/v1/egs-units/1/onboarding",
        "PUT, api/v1/branding",
        "PATCH, api/v1/webhooks/1",
        "DELETE, api/v1/webhooks/1",
        "POST, api/v1/webhooks/1/ping",
        "POST, api/v1/validationX",
        "POST, api/v1/pdf/../invoices"
    })
    void anAuditorChangesNothing(String method, String path) {
        assertFalse(KeyRoles.allows(KeyRole.AUDITOR, method, path));
        assertTrue(KeyRoles.allows(KeyRole.OPERATOR, method, path));
    }
}
