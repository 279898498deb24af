package sa.fatoora.gateway.onboarding.entity;

public enum StepStatus {
    RUNNING,
    DONE,
    FAILED
}
