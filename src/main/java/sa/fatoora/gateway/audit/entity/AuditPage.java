package sa.fatoora.gateway.audit.entity;

import java.util.List;

/** One page of audit records, newest first; {@code nextCursor} fetches the next (older) page, null at the end. */
public record AuditPage(List<AuditView> items, String nextCursor) {}
