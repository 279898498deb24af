package sa.fatoora.gateway.validation.entity;

import java.time.Instant;

/**
 * A rule pack as the admin API lists it.
 *
 * @param available   whether the pack can be used (a configured folder may be missing or broken)
 * @param reason      why not, when it can't
 * @param sampleCount samples the pack carried and passed before it was stored (uploads only)
 */
public record RulePackView(
        String id,
        RulePackSource source,
        String version,
        String digest,
        boolean active,
        boolean available,
        String reason,
        Integer sampleCount,
        Instant createdAt) {}
