package sa.fatoora.gateway.tenant.entity;

import jakarta.validation.constraints.Size;

public record CreateKeyRequest(@Size(max = 200) String label) {}
