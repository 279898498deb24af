package sa.fatoora.gateway.audit.entity;

/**
 * The result of re-walking a chain: {@code verified} records whose hash and link checked out before the first break
 * (all of them when {@code valid}); {@code unsealed} records not yet linked, which are never counted as verified.
 */
public record Verification(String chain, long verified, long unsealed, boolean valid, ChainBreak firstBreak) {}
