package sa.fatoora.gateway.certificate.entity;

import jakarta.validation.constraints.Size;

/** Why a certificate is taken out of use; optional. */
public record Revocation(@Size(max = 200) String reason) {}
