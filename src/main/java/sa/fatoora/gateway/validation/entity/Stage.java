package sa.fatoora.gateway.validation.entity;

/** The validation stages, in the order they run and appear in the report (the order ZATCA's own SDK uses). */
public enum Stage {
    XSD,
    EN,
    KSA,
    SIGNATURE,
    QR,
    PIH
}
