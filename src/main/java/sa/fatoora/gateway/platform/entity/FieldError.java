package sa.fatoora.gateway.platform.entity;

/** One invalid input: a JSON pointer (RFC 6901) into the request body, or a parameter name, and what is wrong. */
public record FieldError(String pointer, String message) {}
