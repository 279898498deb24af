package sa.fatoora.gateway.webhook.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event to one endpoint (FG_WEBHOOK_DELIVERY): PENDING with its next attempt time, SUCCEEDED on a 2xx, FAILED
 * when its retries are used up. An instance sending it holds a lease ({@code leaseToken} until {@code leaseUntil}),
 * taken by one conditional UPDATE, so two instances never send it at the same time; a lease of an instance that died
 * lapses and another one sends it again (at least once: receivers dedupe on the webhook-id).
 */
@Entity
@Cacheable(false)
@Table(name = "FG_WEBHOOK_DELIVERY")
@NamedQuery(
        name = WebhookDelivery.DUE,
        query = "SELECT d.id FROM WebhookDelivery d WHERE d.status = :pending AND d.nextAttemptAt <= :now"
                + " AND (d.leaseUntil IS NULL OR d.leaseUntil < :now)"
                + " AND d.webhookId IN (SELECT w.id FROM Webhook w WHERE w.enabled = :enabled)"
                + " ORDER BY d.nextAttemptAt, d.id")
@NamedQuery(
        name = WebhookDelivery.CLAIM,
        query = "UPDATE WebhookDelivery d SET d.leaseToken = :token, d.leaseUntil = :until WHERE d.id IN :ids"
                + " AND d.status = :pending AND d.nextAttemptAt <= :now"
                + " AND (d.leaseUntil IS NULL OR d.leaseUntil < :now)")
@NamedQuery(
        name = WebhookDelivery.CLAIMED,
        query = "SELECT d FROM WebhookDelivery d WHERE d.leaseToken = :token ORDER BY d.id")
@NamedQuery(
        name = WebhookDelivery.HELD,
        query = "SELECT d FROM WebhookDelivery d WHERE d.leaseToken = :token") // no ORDER BY: Derby locks no sorted
// rows
@NamedQuery(
        name = WebhookDelivery.OF_WEBHOOK,
        query = "SELECT d FROM WebhookDelivery d WHERE d.webhookId = :webhookId AND d.id < :before ORDER BY d.id DESC")
@NamedQuery(
        name = WebhookDelivery.COUNT_PENDING,
        query = "SELECT COUNT(d) FROM WebhookDelivery d WHERE d.status = :pending")
@NamedQuery(name = WebhookDelivery.PURGE, query = "DELETE FROM WebhookDelivery d WHERE d.createdAt < :before")
public class WebhookDelivery {

    public static final String DUE = "WebhookDelivery.due";
    public static final String CLAIM = "WebhookDelivery.claim";
    public static final String CLAIMED = "WebhookDelivery.claimed";
    public static final String HELD = "WebhookDelivery.held";
    public static final String OF_WEBHOOK = "WebhookDelivery.ofWebhook";
    public static final String COUNT_PENDING = "WebhookDelivery.countPending";
    public static final String PURGE = "WebhookDelivery.purge";
    public static final int ERROR_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "FG_WEBHOOK_DELIVERY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    private Long id;

    @Column(nullable = false)
    private Long webhookId;

    @Column(nullable = false)
    private Long tenantId;

    /** FG_EVENT.ID of the event delivered. */
    @Column(nullable = false)
    private Long eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    private Instant nextAttemptAt;

    @Column(length = 40)
    private String leaseToken;

    private Instant leaseUntil;

    private Integer lastStatusCode;

    private Long lastLatencyMs;

    @Column(length = ERROR_LENGTH)
    private String lastError;

    private Instant lastAttemptAt;

    private Instant deliveredAt;

    @Column(nullable = false)
    private Instant createdAt;

    protected WebhookDelivery() {}

    public WebhookDelivery(Long webhookId, Long tenantId, Long eventId, Instant now) {
        this.webhookId = webhookId;
        this.tenantId = tenantId;
        this.eventId = eventId;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** The endpoint answered 2xx. */
    public void succeeded(int statusCode, long latencyMs, Instant now) {
        attempted(statusCode, latencyMs, null, now);
        this.status = DeliveryStatus.SUCCEEDED;
        this.deliveredAt = now;
        this.nextAttemptAt = null;
    }

    /** Not delivered: tried again at {@code next}, or FAILED for good when {@code next} is null. */
    public void failed(Integer statusCode, Long latencyMs, String error, Instant next, Instant now) {
        attempted(statusCode, latencyMs, error, now);
        this.status = next == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        this.nextAttemptAt = next;
    }

    /** Sent again on request (redelivery): PENDING now, with its attempts so far kept. */
    public void redeliver(Instant now) {
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.leaseToken = null;
        this.leaseUntil = null;
    }

    private void attempted(Integer statusCode, Long latencyMs, String error, Instant now) {
        this.attempts++;
        this.lastStatusCode = statusCode;
        this.lastLatencyMs = latencyMs;
        this.lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        this.lastAttemptAt = now;
        this.leaseToken = null;
        this.leaseUntil = null;
    }

    public boolean leasedBy(String token) {
        return token.equals(leaseToken);
    }

    public Long getId() {
        return id;
    }

    public Long getWebhookId() {
        return webhookId;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getEventId() {
        return eventId;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer getLastStatusCode() {
        return lastStatusCode;
    }

    public Long getLastLatencyMs() {
        return lastLatencyMs;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
