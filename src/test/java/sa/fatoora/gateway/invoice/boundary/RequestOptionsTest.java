package sa.fatoora.gateway.invoice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.policy.entity.SubmissionAction;

/** How the invoice API reads its parameters and which HTTP status each document status answers. */
class RequestOptionsTest {

    @Test
    void eachStatusHasItsHttpStatus() {
        assertEquals(201, RequestOptions.httpStatus(InvoiceStatus.CLEARED));
        assertEquals(201, RequestOptions.httpStatus(InvoiceStatus.REPORTED));
        assertEquals(202, RequestOptions.httpStatus(InvoiceStatus.PENDING));
        assertEquals(200, RequestOptions.httpStatus(InvoiceStatus.REJECTED));
    }

    @Test
    void preferHeaderGivesRespondAsyncAndWait() {
        assertEquals(new RequestOptions.Preferences(false, null), RequestOptions.preferences(null));
        RequestOptions.Preferences both = RequestOptions.preferences("respond-async, wait=10");
        assertTrue(both.respondAsync());
        assertEquals(Duration.ofSeconds(10), both.maxWait());
        assertEquals("respond-async", both.applied());
        RequestOptions.Preferences wait = RequestOptions.preferences("handling=lenient; WAIT=3");
        assertFalse(wait.respondAsync());
        assertEquals("wait=3", wait.applied());
        assertEquals(Duration.ZERO, RequestOptions.preferences("wait=-5").maxWait());
        assertNull(RequestOptions.preferences("return=minimal").applied());
        assertThrows(ValidationFailedException.class, () -> RequestOptions.preferences("wait=soon"));
    }

    @Test
    void actionsAreReadInAnyCaseWithDashOrUnderscore() {
        assertNull(RequestOptions.action(null));
        assertNull(RequestOptions.action(" "));
        assertEquals(SubmissionAction.CLEARANCE, RequestOptions.action("clearance"));
        assertEquals(SubmissionAction.REPORTING, RequestOptions.action("REPORTING"));
        assertEquals(SubmissionAction.CLEARANCE_AND_REPORTING, RequestOptions.action("clearance-and-reporting"));
        ValidationFailedException e =
                assertThrows(ValidationFailedException.class, () -> RequestOptions.action("archive"));
        assertEquals("action", e.errors().get(0).pointer());
    }

    @Test
    void theUnitComesFromTheQueryOrTheBodyAndBothMustAgree() {
        assertEquals(7L, RequestOptions.unit(7L, null));
        assertEquals(7L, RequestOptions.unit(null, 7L));
        assertEquals(7L, RequestOptions.unit(7L, 7L));
        assertThrows(ValidationFailedException.class, () -> RequestOptions.unit(7L, 8L));
        assertThrows(ValidationFailedException.class, () -> RequestOptions.unit(null, null));
        assertEquals(
                12L,
                RequestOptions.unitField(
                        Json.createObjectBuilder().add("egsUnitId", 12).build()));
        assertNull(RequestOptions.unitField(Json.createObjectBuilder().build()));
        assertThrows(
                ValidationFailedException.class,
                () -> RequestOptions.unitField(
                        Json.createObjectBuilder().add("egsUnitId", "12").build()));
        assertThrows(
                ValidationFailedException.class,
                () -> RequestOptions.unitField(
                        Json.createObjectBuilder().add("egsUnitId", 1.5).build()));
    }

    @Test
    void listParametersAreStrict() {
        assertEquals(InvoiceStatus.PENDING, RequestOptions.status("pending"));
        assertNull(RequestOptions.status(null));
        assertThrows(ValidationFailedException.class, () -> RequestOptions.status("LOST"));
        assertEquals(LocalDate.of(2025, 2, 28), RequestOptions.date("from", "2025-02-28"));
        assertThrows(ValidationFailedException.class, () -> RequestOptions.date("to", "28.02.2025"));
        assertEquals(0, RequestOptions.page(null));
        assertThrows(ValidationFailedException.class, () -> RequestOptions.page(-1));
        assertEquals(RequestOptions.DEFAULT_PAGE_SIZE, RequestOptions.size(null));
        assertEquals(100, RequestOptions.size(100));
        assertThrows(ValidationFailedException.class, () -> RequestOptions.size(101));
        assertThrows(ValidationFailedException.class, () -> RequestOptions.size(0));
    }

    @Test
    void everyAcceptedPageHasAnOffsetThatFitsAnInt() {
        int last = RequestOptions.page(RequestOptions.MAX_PAGE);
        long offset = (long) last * RequestOptions.size(RequestOptions.MAX_PAGE_SIZE);
        assertTrue(offset <= Integer.MAX_VALUE, "offset " + offset);
        assertEquals(0, RequestOptions.page(null));
    }

    @Test
    void aPageWhoseOffsetOverflowsIsRefused() {
        // page=2147483647&size=100 was a 500: the offset wrapped to a negative number
        assertThrows(ValidationFailedException.class, () -> RequestOptions.page(Integer.MAX_VALUE));
        assertThrows(ValidationFailedException.class, () -> RequestOptions.page(RequestOptions.MAX_PAGE + 1));
        assertThrows(ValidationFailedException.class, () -> RequestOptions.page(-1));
    }
}
