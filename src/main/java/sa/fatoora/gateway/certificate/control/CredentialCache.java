package sa.fatoora.gateway.certificate.control;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import sa.fatoora.gateway.signing.control.SigningIdentity;
import sa.fatoora.gateway.zatca.entity.CsidCredentials;

/**
 * The decrypted ACTIVE credentials per unit, so signing and sending never decrypt or query per invoice. Any status
 * change invalidates the unit's entry; the epoch stops a load that started before an invalidation from putting a
 * stale entry back afterwards.
 */
final class CredentialCache {

    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();
    private long epoch;

    Entry get(Long egsUnitId) {
        return entries.get(egsUnitId);
    }

    synchronized long epoch() {
        return epoch;
    }

    /** Keeps the entry unless something was invalidated since {@code loadStartedAt} (an {@link #epoch()}). */
    synchronized void put(Long egsUnitId, Entry entry, long loadStartedAt) {
        if (epoch == loadStartedAt) {
            entries.put(egsUnitId, entry);
        }
    }

    synchronized void invalidate(Long egsUnitId) {
        epoch++;
        entries.remove(egsUnitId);
    }

    int size() {
        return entries.size();
    }

    /**
     * @param csid null when the certificate was uploaded without a secret
     * @param checkedAt when the database last confirmed this certificate is still the active one
     */
    record Entry(
            Long certificateId, Instant notAfter, SigningIdentity identity, CsidCredentials csid, Instant checkedAt) {

        Entry checked(Instant at) {
            return new Entry(certificateId, notAfter, identity, csid, at);
        }

        @Override
        public String toString() {
            return "Entry[" + certificateId + "]";
        }
    }
}
