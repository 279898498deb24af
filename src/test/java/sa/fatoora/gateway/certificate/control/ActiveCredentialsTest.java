package sa.fatoora.gateway.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.certificate.control.KeyPairVerifier.VerifiedPair;
import sa.fatoora.gateway.certificate.entity.CertificateKind;
import sa.fatoora.gateway.certificate.entity.CertificateRecord;
import sa.fatoora.gateway.signing.control.SigningIdentity;
import sa.fatoora.gateway.zatca.entity.CsidCredentials;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * The hot path's promise: in steady state neither a decryption nor a database query per invoice. The database is
 * replaced by a counter of "which certificate is active" lookups, the vault is real.
 */
class ActiveCredentialsTest {

    static final Long UNIT = 7L;
    static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

    final AtomicInteger lookups = new AtomicInteger();
    final AtomicInteger decryptions = new AtomicInteger();
    final MutableClock clock = new MutableClock();
    CertificateRecord activeRow;
    ActiveCredentials active;
    SealedCredentials sealed;

    @BeforeEach
    void setUp() {
        KeyVault vault = new KeyVault();
        vault.configured = Optional.of(MasterKey.generateBase64());
        vault.resolve();
        sealed = new SealedCredentials() {
            @Override
            SigningIdentity identity(CertificateRecord r) {
                decryptions.incrementAndGet();
                return super.identity(r);
            }
        };
        sealed.vault = vault;
        active = new ActiveCredentials() {
            @Override
            Optional<CertificateRecord> activeRecord(Long egsUnitId) {
                lookups.incrementAndGet();
                return Optional.ofNullable(egsUnitId.equals(UNIT) ? activeRow : null);
            }
        };
        active.sealed = sealed;
        active.recheck = Duration.ofMinutes(1);
        active.clock = clock;
        clock.now = START;
    }

    CertificateRecord row(long id, Duration validity, CsidCredentials csid) throws Exception {
        KeyPair pair = CertificateFixtures.ec("secp256k1");
        String pem = CertificateFixtures.pem(CertificateFixtures.certificate(
                pair.getPublic(), START.minus(Duration.ofDays(1)), START.plus(validity)));
        VerifiedPair verified = KeyPairVerifier.verify(pem, CertificateFixtures.pkcs8(pair), START);
        CertificateRecord r = new CertificateRecord(
                1L, UNIT, ZatcaEnvironment.SANDBOX, CertificateKind.UPLOADED, verified.certificate(), null, START);
        Field field = CertificateRecord.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(r, id);
        sealed.seal(r, verified.pkcs8(), csid);
        return r;
    }

    @Test
    void steadyStateNeitherDecryptsNorQueries() throws Exception {
        activeRow = row(1, Duration.ofDays(30), new CsidCredentials("token", "secret"));
        SigningIdentity first = active.current(UNIT).identity();
        for (int i = 0; i < 10_000; i++) {
            assertSame(first, active.current(UNIT).identity());
            assertEquals("secret", active.csid(UNIT, false).secret());
        }
        assertEquals(1, decryptions.get());
        assertEquals(1, lookups.get());
    }

    @Test
    void afterTheRecheckIntervalOneLookupConfirmsTheCertificateWithoutDecryptingAgain() throws Exception {
        activeRow = row(1, Duration.ofDays(30), null);
        SigningIdentity first = active.current(UNIT).identity();
        clock.now = START.plus(Duration.ofMinutes(2));
        assertSame(first, active.current(UNIT).identity());
        assertSame(first, active.current(UNIT).identity());
        assertEquals(2, lookups.get());
        assertEquals(1, decryptions.get());

        activeRow = row(2, Duration.ofDays(30), null); // activated by another instance
        clock.now = START.plus(Duration.ofMinutes(4));
        assertEquals(2L, active.current(UNIT).certificateId());
        assertEquals(2, decryptions.get());
    }

    @Test
    void reloadingTheCsidReadsTheStoreAgain() throws Exception {
        activeRow = row(1, Duration.ofDays(30), new CsidCredentials("token", "old"));
        assertEquals("old", active.csid(UNIT, false).secret());
        activeRow = row(3, Duration.ofDays(30), new CsidCredentials("token", "new"));
        assertEquals("old", active.csid(UNIT, false).secret(), "cached until a reload is asked for");
        assertEquals("new", active.csid(UNIT, true).secret());
    }

    @Test
    void withoutACsidOrACertificateTheAnswersSayWhatToDo() throws Exception {
        var none = assertThrows(NoActiveCertificateException.class, () -> active.current(UNIT));
        assertEquals("NO_ACTIVE_CERTIFICATE", none.code());
        assertEquals(409, none.status());
        assertTrue(none.getMessage().contains("POST /api/v1/egs-units/7/onboarding"), none.getMessage());

        activeRow = row(1, Duration.ofDays(30), null);
        var noCsid = assertThrows(NoCsidException.class, () -> active.csid(UNIT, false));
        assertEquals("NO_CSID", noCsid.code());
    }

    @Test
    void aCachedCertificateStopsSigningTheMomentItExpires() throws Exception {
        activeRow = row(1, Duration.ofHours(1), null);
        active.current(UNIT);
        clock.now = START.plus(Duration.ofHours(1)).plusSeconds(1);
        var e = assertThrows(NoActiveCertificateException.class, () -> active.current(UNIT));
        assertTrue(e.getMessage().contains("expired at"), e.getMessage());
        assertTrue(e.getMessage().contains("/renewal"), e.getMessage());
    }

    static final class MutableClock extends Clock {
        volatile Instant now;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
