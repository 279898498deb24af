package sa.fatoora.gateway.certificate.entity;

import java.security.PublicKey;
import sa.fatoora.gateway.egs.entity.CsrProfile;

/**
 * A CSR that passed every check: its profile, its key, and a fingerprint (hex SHA-256 of the DER) by which a CSR
 * already used is recognised.
 */
public record CheckedCsr(CsrProfile profile, PublicKey publicKey, String fingerprint, byte[] der) {}
