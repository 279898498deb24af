package sa.fatoora.gateway.simulator.entity;

public enum CsidKind {
    COMPLIANCE,
    PRODUCTION
}
