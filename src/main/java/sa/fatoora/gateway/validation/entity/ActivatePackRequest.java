package sa.fatoora.gateway.validation.entity;

/** Which pack to make active: {@code built-in}, {@code directory} or an uploaded pack's id. */
public record ActivatePackRequest(String id) {}
