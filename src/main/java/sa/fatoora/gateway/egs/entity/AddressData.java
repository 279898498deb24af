package sa.fatoora.gateway.egs.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A Saudi national address as ZATCA wants it for the seller (BR-KSA-09, -37, -66). */
public record AddressData(
        @NotBlank @Size(max = 200) String street,
        @Size(max = 200) String additionalStreet,
        @NotBlank @Pattern(regexp = "\\d{4}", message = "must be 4 digits (BR-KSA-37)") String buildingNumber,
        @Size(max = 30) String additionalNumber,
        @NotBlank @Size(max = 200) String district,
        @NotBlank @Size(max = 200) String city,
        @NotBlank @Pattern(regexp = "\\d{5}", message = "must be 5 digits (BR-KSA-66)") String postalCode,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String countryCode) {}
