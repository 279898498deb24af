package sa.fatoora.gateway.audit.entity;

import java.time.Instant;

/**
 * An audit record as the API answers it. {@code sealed} is false (and sequence and hashes null) while the record
 * is not yet linked into its chain.
 */
public record AuditView(
        Long id,
        Instant occurredAt,
        String actor,
        Long tenantId,
        Long egsUnitId,
        String subject,
        String type,
        AuditOutcome outcome,
        String detail,
        boolean sealed,
        Long sequence,
        String previousHash,
        String hash) {

    public static AuditView of(AuditEvent e) {
        return new AuditView(
                e.getId(),
                e.getOccurredAt(),
                e.getActor(),
                e.getTenantId(),
                e.getEgsUnitId(),
                e.getSubject(),
                e.getType(),
                e.getOutcome(),
                e.getDetail(),
                e.getChainSequence() != null,
                e.getChainSequence(),
                e.getPreviousHash(),
                e.getHash());
    }
}
