package sa.fatoora.gateway.validation.entity;

/**
 * One finding of a stage.
 *
 * @param rule    the rule id as the rule set names it (e.g. {@code BR-KSA-44}, {@code BR-CO-15}, or the schema
 *                validator's key such as {@code cvc-complex-type.2.4.a})
 * @param message the rule's own text; schema findings start with their line and column
 */
public record Message(String rule, String message) {}
