package sa.fatoora.gateway.validation.entity;

/** NOT_RUN means nothing was checked (rules missing, stage not installed); it is never a pass. */
public enum StageStatus {
    PASSED,
    FAILED,
    NOT_RUN
}
