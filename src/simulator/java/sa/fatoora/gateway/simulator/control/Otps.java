package sa.fatoora.gateway.simulator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.simulator.entity.SimOtp;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * OTPs as the Fatoora portal hands them out: six digits, valid once and for one hour. Accepted values per
 * environment come from {@code zatca.simulator.otps.<developer-portal|simulation|core>} (comma separated) or from
 * the admin API, which generates one. The developer portal's configured OTPs (default 123345) stay reusable, as on
 * ZATCA's sandbox, where integrators use 123345 every time.
 */
@ApplicationScoped
public class Otps {

    static final Duration VALIDITY = Duration.ofHours(1);
    static final String DEVELOPER_PORTAL_DEFAULT = "123345";

    @PersistenceContext(unitName = "simulator")
    EntityManager em;

    @Inject
    Config config;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock = StoredTime.CLOCK;

    public enum Verdict {
        MISSING,
        INVALID,
        ACCEPTED
    }

    /** Consumes the OTP when accepted; runs inside the caller's transaction. */
    public Verdict use(ZatcaEnvironment environment, String otp) {
        if (otp == null || otp.isBlank()) {
            return Verdict.MISSING;
        }
        String code = otp.strip();
        Optional<SimOtp> known = find(environment, code);
        boolean configured = configured(environment).contains(code);
        Verdict verdict = decide(environment, configured, known, clock.instant());
        boolean reusable = configured && environment == ZatcaEnvironment.SANDBOX;
        if (verdict == Verdict.ACCEPTED && !reusable) {
            Instant now = clock.instant();
            known.ifPresentOrElse(
                    o -> o.use(now),
                    () -> em.persist(new SimOtp(environment.pathSegment(), Hashes.sha256Hex(code), now, now)));
        }
        return verdict;
    }

    /** The pure rule (unit-tested): configured or generated, not used before, not older than an hour. */
    static Verdict decide(ZatcaEnvironment environment, boolean configured, Optional<SimOtp> known, Instant now) {
        if (configured) {
            boolean reusable = environment == ZatcaEnvironment.SANDBOX;
            return reusable || known.isEmpty() ? Verdict.ACCEPTED : Verdict.INVALID;
        }
        if (known.isEmpty() || known.get().getUsedAt() != null) {
            return Verdict.INVALID;
        }
        return now.isBefore(known.get().getIssuedAt().plus(VALIDITY)) ? Verdict.ACCEPTED : Verdict.INVALID;
    }

    /** A fresh one-time OTP (admin API): the portal's "generate OTP" button. */
    public String generate(ZatcaEnvironment environment) {
        return transactions.required(() -> {
            // six digits collide: every OTP ever made stays in the table (used ones too), so draw until unseen
            String code = Hashes.digits(6);
            while (find(environment, code).isPresent()) {
                code = Hashes.digits(6);
            }
            em.persist(new SimOtp(environment.pathSegment(), Hashes.sha256Hex(code), clock.instant(), null));
            return code;
        });
    }

    private Optional<SimOtp> find(ZatcaEnvironment environment, String code) {
        return em.createNamedQuery(SimOtp.FIND, SimOtp.class)
                .setParameter("environment", environment.pathSegment())
                .setParameter("hash", Hashes.sha256Hex(code))
                .getResultStream()
                .findFirst();
    }

    List<String> configured(ZatcaEnvironment environment) {
        String fallback = environment == ZatcaEnvironment.SANDBOX ? DEVELOPER_PORTAL_DEFAULT : "";
        String value = config.getOptionalValue("zatca.simulator.otps." + environment.pathSegment(), String.class)
                .orElse(fallback);
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
