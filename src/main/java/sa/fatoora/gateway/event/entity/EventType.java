package sa.fatoora.gateway.event.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events an ERP can subscribe to, by their stable wire names (README "Events and webhooks"). A name, once
 * published, is never changed: receivers switch on it.
 */
public enum EventType {
    INVOICE_CLEARED("invoice.cleared"),
    INVOICE_REPORTED("invoice.reported"),
    INVOICE_REJECTED("invoice.rejected"),
    /** Accepted (cleared or reported) with warnings; comes besides invoice.cleared or invoice.reported. */
    INVOICE_WARNINGS("invoice.warnings"),
    INVOICE_DEADLINE_AT_RISK("invoice.deadline-at-risk"),
    INVOICE_DEADLINE_MISSED("invoice.deadline-missed"),
    CERTIFICATE_EXPIRING("certificate.expiring"),
    CERTIFICATE_EXPIRED("certificate.expired"),
    ONBOARDING_COMPLETED("onboarding.completed"),
    ONBOARDING_FAILED("onboarding.failed"),
    BATCH_COMPLETED("batch.completed"),
    /** A webhook endpoint was switched off after failing for too long. */
    WEBHOOK_DISABLED("webhook.disabled"),
    /** A test event, sent to one endpoint on request; never fanned out to the others. */
    WEBHOOK_PING("webhook.ping");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
