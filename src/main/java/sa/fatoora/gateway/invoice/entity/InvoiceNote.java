package sa.fatoora.gateway.invoice.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A free text note (BT-22) in the given language, e.g. {@code ar} or {@code en}. */
public record InvoiceNote(@NotBlank @Size(max = 1000) String text, @Size(max = 8) String language) {}
