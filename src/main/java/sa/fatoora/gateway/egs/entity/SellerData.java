package sa.fatoora.gateway.egs.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import sa.fatoora.gateway.platform.entity.VatNumber;

public record SellerData(
        @NotBlank @Pattern(regexp = VatNumber.REGEX, message = "must be " + VatNumber.RULE) String vatNumber,
        @NotBlank @Size(max = 300) String legalName,
        @Valid PartyId otherId,
        @NotNull @Valid AddressData address) {}
