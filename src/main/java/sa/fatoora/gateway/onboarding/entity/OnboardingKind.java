package sa.fatoora.gateway.onboarding.entity;

/** What an onboarding run is for: a unit's first production CSID, or a renewal of the one it has. */
public enum OnboardingKind {
    ONBOARDING,
    RENEWAL
}
