package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.platform.control.ConflictException;
import sa.fatoora.gateway.platform.control.ValidationFailedException;

class IdempotencyTest {

    @Test
    void headerKeysAndInvoiceNumbersNeverCollide() {
        assertEquals("key:abc-1", Idempotency.key("abc-1", "INV-1"));
        assertEquals("invoice:INV-1", Idempotency.key(null, "INV-1"));
        assertNotEquals(Idempotency.key("invoice:INV-1", "X"), Idempotency.key(null, "INV-1"));
        assertThrows(ValidationFailedException.class, () -> Idempotency.key("has space", "INV-1"));
        assertThrows(ValidationFailedException.class, () -> Idempotency.key("", "INV-1"));
        assertThrows(ValidationFailedException.class, () -> Idempotency.key("x".repeat(201), "INV-1"));
    }

    @Test
    void theDigestSeparatesItsParts() {
        // SHA-256 of "a\nbc\n", computed with sha256sum
        assertEquals("4b8d1dd1e2b97bee100f449a998ac84a292fb223d969296c4737b44459e545de", Idempotency.digest("a", "bc"));
        assertNotEquals(Idempotency.digest("a", "bc"), Idempotency.digest("ab", "c"));
    }

    @Test
    void aDifferentRequestUnderAUsedKeyIsAConflictNamingTheDocument() {
        assertDoesNotThrow(() -> Idempotency.requireSameRequest("d1", "d1", true, 5L));
        ConflictException header =
                assertThrows(ConflictException.class, () -> Idempotency.requireSameRequest("d1", "d2", true, 5L));
        assertEquals("IDEMPOTENCY_CONFLICT", header.code());
        assertEquals(409, header.status());
        assertTrue(header.getMessage().contains("Idempotency-Key")
                && header.getMessage().contains("invoice 5"));
        ConflictException number =
                assertThrows(ConflictException.class, () -> Idempotency.requireSameRequest("d1", "d2", false, 6L));
        assertTrue(number.getMessage().contains("invoice number"), number.getMessage());
    }
}
