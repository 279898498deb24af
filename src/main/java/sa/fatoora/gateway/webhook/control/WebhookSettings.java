package sa.fatoora.gateway.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Webhook configuration (README "Events and webhooks"). MicroProfile Config, so each property can also come from the
 * environment ({@code FATOORA_WEBHOOKS_ALLOWED_NETWORKS} for {@code fatoora.webhooks.allowed-networks}).
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "fatoora.webhooks.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "fatoora.webhooks.allow-http", defaultValue = "false")
    boolean allowHttp;

    /** CIDR list of internal networks the gateway may call nevertheless (e.g. an on-premises ERP). */
    @Inject
    @ConfigProperty(name = "fatoora.webhooks.allowed-networks")
    Optional<String> allowedNetworks;

    @Inject
    @ConfigProperty(name = "fatoora.webhooks.connect-timeout", defaultValue = "PT5S")
    Duration connectTimeout;

    /** A delivery counts only on a 2xx within this time. */
    @Inject
    @ConfigProperty(name = "fatoora.webhooks.timeout", defaultValue = "PT10S")
    Duration timeout;

    /**
     * Pauses before the 2nd, 3rd, ... attempt (each varied by up to a fifth, so that retries of many deliveries
     * spread out); after the last, the delivery FAILS. The default (8 attempts) keeps trying for about 27 hours.
     */
    @Inject
    @ConfigProperty(name = "fatoora.webhooks.retry-schedule", defaultValue = "PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
    List<Duration> retrySchedule;

    /** An endpoint whose attempts have all failed for this long is disabled (with an event and an audit record). */
    @Inject
    @ConfigProperty(name = "fatoora.webhooks.disable-after", defaultValue = "P5D")
    Duration disableAfter;

    /** How long the previous secret keeps signing after a rotation, unless the rotation says otherwise. */
    @Inject
    @ConfigProperty(name = "fatoora.webhooks.rotation-overlap", defaultValue = "P1D")
    Duration rotationOverlap;

    @Inject
    @ConfigProperty(name = "fatoora.webhooks.interval", defaultValue = "PT1S")
    Duration interval;

    /** Deliveries one instance sends at the same time. */
    @Inject
    @ConfigProperty(name = "fatoora.webhooks.concurrency", defaultValue = "32")
    int concurrency;

    /** Delivery loops per instance; each claims its own rounds. */
    @Inject
    @ConfigProperty(name = "fatoora.webhooks.workers", defaultValue = "2")
    int workers;

    @Inject
    @ConfigProperty(name = "fatoora.webhooks.lease", defaultValue = "PT2M")
    Duration lease;

    /** Deliveries are kept this long, then deleted (like the events they carry). */
    @Inject
    @ConfigProperty(name = "fatoora.events.retention", defaultValue = "P30D")
    Duration retention;

    /** Bytes of an endpoint's answer that are read (and kept, cut, as the error of a failed attempt). */
    static final int RESPONSE_LIMIT = 4096;

    private DestinationGuard guard;

    @PostConstruct
    void init() {
        List<Cidr> networks = new ArrayList<>();
        try {
            networks.addAll(Cidr.parseList(allowedNetworks.orElse("")));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("fatoora.webhooks.allowed-networks: " + e.getMessage(), e);
        }
        if (retrySchedule.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalStateException("fatoora.webhooks.retry-schedule: every pause must be positive");
        }
        guard = new DestinationGuard(allowHttp, networks, InetAddress::getAllByName);
    }

    public boolean enabled() {
        return enabled;
    }

    public DestinationGuard guard() {
        return guard;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration timeout() {
        return timeout;
    }

    public RetryPlan retries() {
        return new RetryPlan(retrySchedule);
    }

    public Duration disableAfter() {
        return disableAfter;
    }

    public Duration rotationOverlap() {
        return rotationOverlap;
    }

    public Duration interval() {
        return interval;
    }

    public int concurrency() {
        return Math.max(1, concurrency);
    }

    public int workers() {
        return Math.max(1, workers);
    }

    public Duration lease() {
        return lease;
    }

    public Duration retention() {
        return retention;
    }
}
