package sa.fatoora.gateway.pdf.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When GET /api/v1/invoices/{id} answers with the PDF: only when the client prefers it to JSON. */
class InvoicePdfNegotiationTest {

    @Test
    void pdfWhenAskedForAboveJson() {
        assertTrue(InvoicePdfNegotiation.prefersPdf(List.of(type("application", "pdf"))));
        assertTrue(InvoicePdfNegotiation.prefersPdf(
                List.of(type("application", "pdf"), type("application", "json", "0.5"))));
        assertTrue(InvoicePdfNegotiation.prefersPdf(List.of(type("application", "pdf"), type("*", "*", "0.1"))));
    }

    @Test
    void jsonOtherwise() {
        assertFalse(InvoicePdfNegotiation.prefersPdf(List.of(type("*", "*"))), "no Accept or */*");
        assertFalse(InvoicePdfNegotiation.prefersPdf(List.of(type("application", "*"))));
        assertFalse(InvoicePdfNegotiation.prefersPdf(List.of(type("application", "json"), type("application", "pdf"))));
        assertFalse(InvoicePdfNegotiation.prefersPdf(List.of(type("application", "pdf", "0.5"), type("*", "*"))));
        assertFalse(InvoicePdfNegotiation.prefersPdf(List.of(type("application", "pdf", "0"))));
        assertFalse(InvoicePdfNegotiation.prefersPdf(List.of(type("text", "html"))));
    }

    private static MediaType type(String type, String subtype) {
        return new MediaType(type, subtype);
    }

    private static MediaType type(String type, String subtype, String q) {
        return new MediaType(type, subtype, Map.of("q", q));
    }
}
