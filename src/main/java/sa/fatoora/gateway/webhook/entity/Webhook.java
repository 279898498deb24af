package sa.fatoora.gateway.webhook.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A tenant's webhook endpoint (FG_WEBHOOK). The secrets are sealed by the key vault (never stored in clear); during
 * a rotation the previous secret signs too until {@code previousSecretUntil}. {@code eventCursor} is the last of the
 * tenant's event sequence numbers fanned out to this endpoint: events after it get deliveries on the next pass.
 * {@code failingSince} is when its current run of failed attempts began (null after a success).
 */
@Entity
@Cacheable(false)
@Table(name = "FG_WEBHOOK")
@NamedQuery(name = Webhook.OF_TENANT, query = "SELECT w FROM Webhook w WHERE w.tenantId = :tenantId ORDER BY w.id")
@NamedQuery(
        name = Webhook.ENABLED_IDS,
        query = "SELECT w.id, w.tenantId FROM Webhook w WHERE w.enabled = :enabled ORDER BY w.id")
public class Webhook {

    public static final String OF_TENANT = "Webhook.ofTenant";
    public static final String ENABLED_IDS = "Webhook.enabledIds";
    public static final int URL_LENGTH = 2048;
    public static final int DESCRIPTION_LENGTH = 500;
    /** Subscribes to every event type except pings (which go only to the endpoint pinged). */
    public static final String ALL = "*";

    @Id
    @SequenceGenerator(name = "webhook_seq", sequenceName = "FG_WEBHOOK_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    private Long id;

    @Column(nullable = false)
    private Long tenantId;

    @Column(nullable = false, length = URL_LENGTH)
    private String url;

    /** Comma-separated wire names, or {@value #ALL}. */
    @Column(nullable = false, length = 1000)
    private String eventTypes;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Column(nullable = false)
    private boolean enabled;

    @Column(length = 500)
    private String disabledReason;

    @Column(nullable = false, length = 500)
    private String secret;

    @Column(length = 500)
    private String previousSecret;

    private Instant previousSecretUntil;

    @Column(nullable = false)
    private long eventCursor;

    private Instant failingSince;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected Webhook() {}

    public Webhook(
            Long tenantId, String url, Set<String> eventTypes, String description, long eventCursor, Instant now) {
        this.tenantId = tenantId;
        this.url = url;
        this.eventTypes = join(eventTypes);
        this.description = description;
        this.enabled = true;
        this.eventCursor = eventCursor;
        this.createdAt = now;
        this.updatedAt = now;
        this.secret = "";
    }

    public boolean subscribes(String type) {
        return ALL.equals(eventTypes) || eventTypeSet().contains(type);
    }

    public Set<String> eventTypeSet() {
        return ALL.equals(eventTypes) ? Set.of(ALL) : new LinkedHashSet<>(Arrays.asList(eventTypes.split(",")));
    }

    private static String join(Set<String> types) {
        return types.isEmpty() || types.contains(ALL) ? ALL : String.join(",", types);
    }

    public void sealSecret(String sealed, Instant now) {
        this.secret = sealed;
        this.updatedAt = now;
    }

    /** A new secret signs from now; the current one goes on signing beside it until {@code until}. */
    public void rotate(String sealedNew, Instant until, Instant now) {
        this.previousSecret = this.secret;
        this.previousSecretUntil = until;
        this.secret = sealedNew;
        this.updatedAt = now;
    }

    public boolean previousSecretValid(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil);
    }

    public void change(String url, Set<String> eventTypes, String description, Boolean enabled, Instant now) {
        if (url != null) {
            this.url = url;
        }
        if (eventTypes != null) {
            this.eventTypes = join(eventTypes);
        }
        if (description != null) {
            this.description = description;
        }
        if (enabled != null) {
            this.enabled = enabled;
            if (enabled) {
                this.disabledReason = null;
                this.failingSince = null;
            }
        }
        this.updatedAt = now;
    }

    public void disable(String reason, Instant now) {
        this.enabled = false;
        this.disabledReason = reason;
        this.updatedAt = now;
    }

    public void advanceCursor(long sequence) {
        this.eventCursor = Math.max(eventCursor, sequence);
    }

    public void succeeded() {
        this.failingSince = null;
    }

    public void failed(Instant now) {
        if (failingSince == null) {
            failingSince = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public String getUrl() {
        return url;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public String getDescription() {
        return description;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getDisabledReason() {
        return disabledReason;
    }

    public String getSecret() {
        return secret;
    }

    public String getPreviousSecret() {
        return previousSecret;
    }

    public Instant getPreviousSecretUntil() {
        return previousSecretUntil;
    }

    public long getEventCursor() {
        return eventCursor;
    }

    public Instant getFailingSince() {
        return failingSince;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
