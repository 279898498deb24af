package sa.fatoora.gateway.tenant.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CreateTenantRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String keyLabel) {}
