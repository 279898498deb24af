package sa.fatoora.gateway.audit.entity;

import java.time.Instant;

/**
 * What to list: one chain's records ({@code system} true: the system-wide ones, else {@code tenantId}'s), filtered by
 * exact subject and type and by time ({@code from} inclusive, {@code to} exclusive), all optional.
 */
public record AuditQuery(boolean system, Long tenantId, String subject, String type, Instant from, Instant to) {

    public String chain() {
        return system ? AuditChain.SYSTEM : AuditChain.of(tenantId);
    }
}
