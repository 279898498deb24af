package sa.fatoora.gateway.signing.entity;

/** How serious a verification finding is; ZATCA rejects documents with errors and accepts them with warnings. */
public enum Severity {
    ERROR,
    WARNING
}
