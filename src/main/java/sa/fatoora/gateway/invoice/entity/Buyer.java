package sa.fatoora.gateway.invoice.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The customer (BG-7). Required on standard documents; optional on simplified ones. */
public record Buyer(
        @Size(max = 1000) String name,
        @Size(max = 15) String vatNumber,
        List<@Valid PartyId> otherIds,
        @Valid PostalAddress address) {

    public Buyer {
        otherIds = otherIds == null ? List.of() : List.copyOf(otherIds);
    }
}
