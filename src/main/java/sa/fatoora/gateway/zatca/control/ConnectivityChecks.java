package sa.fatoora.gateway.zatca.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.zatca.entity.AuthMode;
import sa.fatoora.gateway.zatca.entity.ProbeAnswer;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * Real connectivity: an authenticated round trip without side effects ({@link FatooraClient#probe}), made at
 * most once per {@code zatca.status.probe-interval-seconds} (default 60) for each environment and EGS unit (the
 * unit's CSID is part of what is checked), and once for all concurrent askers.
 */
@ApplicationScoped
public class ConnectivityChecks {

    /** {@code reached}: Fatoora answered over HTTP; {@code authenticated}: it did not refuse what was sent. */
    public record Result(
            boolean reached,
            boolean authenticated,
            String errorMessage,
            Instant checkedAt,
            Instant lastSuccess,
            String checkedWith) {}

    private record Key(ZatcaEnvironment environment, Long egsUnitId) {}

    private record Check(long startedAt, FutureTask<Result> task) {}

    @Inject
    FatooraClient client;

    @Inject
    FatooraAuthModes modes;

    @Inject
    @ConfigProperty(name = "zatca.status.probe-interval-seconds", defaultValue = "60")
    long intervalSeconds;

    @Inject
    Clock clock = StoredTime.CLOCK;

    private static final Logger LOG = Logger.getLogger(ConnectivityChecks.class.getName());

    private final ConcurrentHashMap<Key, Check> checks = new ConcurrentHashMap<>();

    /** {@code csid} null: the unit has none (or no unit was named). */
    public Result check(ZatcaEnvironment env, Long egsUnitId, CsidSource csid) {
        Key key = new Key(env, egsUnitId);
        long now = clock.millis();
        Check current = checks.get(key);
        if (current != null && now - current.startedAt() < intervalSeconds * 1000) {
            return await(current, env);
        }
        Instant previousSuccess =
                current != null && current.task().isDone() ? await(current, env).lastSuccess() : null;
        Check fresh = new Check(now, new FutureTask<>(() -> probe(env, egsUnitId != null, csid, previousSuccess)));
        boolean mine = current == null ? checks.putIfAbsent(key, fresh) == null : checks.replace(key, current, fresh);
        if (mine) {
            fresh.task().run();
            return await(fresh, env);
        }
        return await(checks.getOrDefault(key, fresh), env);
    }

    /** The last result, if one was made and is done, without checking again. */
    public Result last(ZatcaEnvironment env, Long egsUnitId) {
        Check current = checks.get(new Key(env, egsUnitId));
        return current != null && current.task().isDone() ? await(current, env) : null;
    }

    private Result probe(ZatcaEnvironment env, boolean unitGiven, CsidSource csid, Instant previousSuccess) {
        AuthMode mode = modes.mode(env);
        boolean bearer = mode.sendsBearer();
        boolean csidSent = mode.sendsCsid() && csid != null;
        String with = bearer && csidSent ? "oauth+csid" : bearer ? "oauth" : csidSent ? "csid" : "none";
        Instant at = clock.instant();
        try {
            ProbeAnswer answer = client.probe(env, csidSent ? csid : null);
            String error = verdict(env, answer, bearer, csidSent, unitGiven);
            return new Result(true, error == null, error, at, error == null ? at : previousSuccess, with);
        } catch (GatewayException e) {
            return new Result(false, false, e.getMessage(), at, previousSuccess, with);
        }
    }

    /** Null when the round trip proves the credentials sent were accepted; else the reason, safe to show. */
    static String verdict(
            ZatcaEnvironment env, ProbeAnswer answer, boolean bearerSent, boolean csidSent, boolean unitGiven) {
        if (!bearerSent && !csidSent) {
            return unitGiven
                    ? "The EGS unit has no active CSID yet; onboard it to check authenticated connectivity"
                    : "Authenticated connectivity is checked with an EGS unit's CSID; ask with egsUnitId";
        }
        int status = answer.httpStatus();
        if (answer.refused()) {
            String scheme = answer.challengeScheme();
            if (bearerSent && (answer.bearerRefused() || (scheme == null && !csidSent))) {
                return "ZATCA " + env + " refused the OAuth access token";
            }
            if (csidSent) {
                return scheme == null && bearerSent
                        ? "ZATCA " + env + " refused the credentials (OAuth access token or CSID)"
                        : "ZATCA " + env + " refused the EGS unit's CSID";
            }
            return null; // only the bearer was sent and the refusal is not about it: the OAuth layer let it through
        }
        if (status < 300 || status == 400) {
            return null;
        }
        return "ZATCA " + env + " answered HTTP " + status + " to the connectivity check; check its base URL";
    }

    private static Result await(Check check, ZatcaEnvironment env) {
        try {
            return check.task().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, false, "The connectivity check was interrupted", null, null, "none");
        } catch (ExecutionException e) {
            LOG.warning(() -> "Connectivity check of ZATCA " + env + " failed: " + Problems.category(e.getCause()) + " "
                    + e.getCause().getClass().getSimpleName());
            return new Result(false, false, "The connectivity check of ZATCA " + env + " failed", null, null, "none");
        }
    }
}
