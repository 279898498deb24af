package sa.fatoora.gateway.invoice.entity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A national-address style postal address. For a Saudi address ZATCA wants street, building number, district
 * (city subdivision), city and a 5-digit postal zone (BR-KSA-09, BR-KSA-63).
 */
public record PostalAddress(
        @Size(max = 1000) String street,
        @Size(max = 127) String additionalStreet,
        @Size(max = 127) String buildingNumber,
        @Size(max = 127) String district,
        @Size(max = 127) String city,
        @Size(max = 127) String postalZone,
        @Pattern(regexp = "[A-Z]{2}") String country) {}
