package sa.fatoora.gateway.invoice.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An identifier other than the VAT number, e.g. a commercial registration ({@code CRN}) or national id ({@code NAT}). */
public record PartyId(@NotBlank String scheme, @NotBlank @Size(max = 127) String value) {}
