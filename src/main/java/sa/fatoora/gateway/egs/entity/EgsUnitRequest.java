package sa.fatoora.gateway.egs.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * A new EGS unit. {@code name} becomes the certificate's CN (unique per tenant), {@code branch} its OU (or the
 * 10-digit TIN of a VAT group), {@code location} the registered address, {@code industry} the business category.
 */
public record EgsUnitRequest(
        @NotBlank
                @Pattern(regexp = "[^,=+<>#;\\\\\"]{1,100}", message = "1-100 characters, none of , = + < > # ; \\ \"")
                String name,
        @NotNull ZatcaEnvironment environment,
        @NotBlank @Pattern(regexp = "1000|0100|1100", message = "must be 1000 (standard), 0100 (simplified) or 1100")
                String functionality,
        @NotNull @Valid SellerData seller,
        @NotBlank @Size(max = 100) String branch,
        @NotBlank @Size(max = 100) String industry,
        @NotBlank @Size(max = 100) String location,
        @NotNull @Valid SolutionData solution) {}
