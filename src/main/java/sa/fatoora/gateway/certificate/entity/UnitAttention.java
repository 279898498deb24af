package sa.fatoora.gateway.certificate.entity;

import java.time.Instant;

/** A unit whose newest production certificate has expired, or whose ACTIVE one ends within the warning window. */
public record UnitAttention(Long egsUnitId, Long certificateId, Instant notAfter, boolean expired) {

    public String describe(Instant now) {
        return expired
                ? "certificate " + certificateId + " EXPIRED at " + notAfter + ": renew or onboard the unit"
                : "certificate " + certificateId + " expires at " + notAfter + " ("
                        + java.time.Duration.between(now, notAfter).toDays() + " days left)";
    }
}
