package sa.fatoora.gateway.onboarding.entity;

/**
 * IN_PROGRESS: started, not finished (possibly running now, see the lease); FAILED: the last attempt stopped at a
 * step and a retry resumes there; COMPLETED: the production certificate is ACTIVE; ABANDONED: replaced by a newer
 * run of another kind.
 */
public enum OnboardingStatus {
    IN_PROGRESS,
    FAILED,
    COMPLETED,
    ABANDONED;

    public boolean open() {
        return this == IN_PROGRESS || this == FAILED;
    }
}
