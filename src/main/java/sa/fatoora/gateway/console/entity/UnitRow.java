package sa.fatoora.gateway.console.entity;

/**
 * One EGS unit in the console's list: its onboarding state ({@code state.*} texts) and its active certificate's end
 * in Riyadh time with the whole days left ("" and null without an active certificate).
 */
public record UnitRow(
        long id,
        String name,
        String environment,
        String functionality,
        String state,
        String certificateEnds,
        Long daysLeft) {}
