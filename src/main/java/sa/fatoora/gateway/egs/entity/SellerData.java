package sa.fatoora.gateway.egs.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record SellerData(
        @NotBlank @Pattern(regexp = "3\\d{13}3", message = "must be 15 digits starting and ending with 3")
                String vatNumber,
        @NotBlank @Size(max = 300) String legalName,
        @Valid PartyId otherId,
        @NotNull @Valid AddressData address) {}
