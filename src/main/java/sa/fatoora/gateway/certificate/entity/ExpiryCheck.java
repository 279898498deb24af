package sa.fatoora.gateway.certificate.entity;

import java.time.Instant;

/**
 * The outcome of one expiry check: what it changed and the counts it saw afterwards.
 *
 * @param expiredNow certificates this check marked EXPIRED
 * @param warningsRecorded expiry warnings (30, 7, 1 days) this check recorded
 * @param active ACTIVE certificates
 * @param expiringSoon ACTIVE certificates ending within the warning window
 * @param expired EXPIRED certificates (all time: history is kept)
 */
public record ExpiryCheck(
        Instant at, int expiredNow, int warningsRecorded, long active, long expiringSoon, long expired) {

    public String summary() {
        return "expiry check at " + at + ": marked " + expiredNow + " expired, recorded " + warningsRecorded
                + " warnings; active " + active + ", expiring soon " + expiringSoon + ", expired " + expired;
    }
}
