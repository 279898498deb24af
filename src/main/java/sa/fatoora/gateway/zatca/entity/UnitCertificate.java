package sa.fatoora.gateway.zatca.entity;

import java.time.Instant;

/** What the status endpoint shows of an EGS unit's active certificate: its subject and expiry. */
public record UnitCertificate(String subject, Instant expiry) {}
