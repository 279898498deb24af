package sa.fatoora.gateway.egs.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A seller id other than the VAT number (BR-KSA-08): CRN, MOM, MLS, 700, SAG or OTH. */
public record PartyId(
        @NotBlank @Pattern(regexp = "CRN|MOM|MLS|700|SAG|OTH", message = "must be one of CRN, MOM, MLS, 700, SAG, OTH")
                String scheme,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9]{1,50}", message = "must be 1-50 letters or digits") String value) {}
