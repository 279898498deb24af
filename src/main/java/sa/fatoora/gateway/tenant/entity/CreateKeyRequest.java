package sa.fatoora.gateway.tenant.entity;

import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/admin/tenants/{id}/keys}: a label, and the role ({@code OPERATOR}, the default, or
 * {@code AUDITOR}: read and export only).
 */
public record CreateKeyRequest(@Size(max = 200) String label, String role) {}
