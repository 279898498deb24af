package sa.fatoora.gateway.invoice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.platform.control.ValidationFailedException;

class RequestOptionsTest {

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
