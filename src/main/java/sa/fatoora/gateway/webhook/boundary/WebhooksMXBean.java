package sa.fatoora.gateway.webhook.boundary;

import java.util.Map;

/** Webhook delivery figures of this instance (JMX {@code sa.fatoora.gateway:type=Webhooks}). */
public interface WebhooksMXBean {

    long getPendingDeliveries();

    long getDeliveredTotal();

    long getFailedAttemptsTotal();

    long getFailedForGoodTotal();

    Map<String, Long> getFailedAttemptsByEndpoint();

    long getLagMillisP50();

    long getLagMillisP99();

    long getLatencyMillisP50();

    long getLatencyMillisP99();
}
