package sa.fatoora.gateway.webhook.entity;

/** A delivery is PENDING until the endpoint answers 2xx (SUCCEEDED) or its retries are used up (FAILED). */
public enum DeliveryStatus {
    PENDING,
    SUCCEEDED,
    FAILED
}
