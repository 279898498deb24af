package sa.fatoora.gateway.batch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.platform.control.ValidationFailedException;

class BatchQueriesTest {

    @Test
    void theCursorIsTheLastIndexShown() {
        assertEquals(-1, BatchQueries.after(null));
        assertEquals(-1, BatchQueries.after(" "));
        assertEquals(0, BatchQueries.after("0"));
        assertEquals(9999, BatchQueries.after("9999"));
        for (String bad : new String[] {"-1", "x", "1.5", "99999999999"}) {
            var e = assertThrows(ValidationFailedException.class, () -> BatchQueries.after(bad), bad);
            assertEquals("after", e.errors().get(0).pointer());
        }
    }

    @Test
    void pagesHoldOneToAThousandItems() {
        assertEquals(100, BatchQueries.limit(null));
        assertEquals(1, BatchQueries.limit(1));
        assertEquals(1000, BatchQueries.limit(1000));
        assertThrows(ValidationFailedException.class, () -> BatchQueries.limit(0));
        assertThrows(ValidationFailedException.class, () -> BatchQueries.limit(1001));
    }
}
