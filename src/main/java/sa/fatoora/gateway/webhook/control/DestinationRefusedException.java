package sa.fatoora.gateway.webhook.control;

import java.util.List;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.platform.entity.FieldError;

/**
 * A webhook URL whose destination the gateway will not call (SSRF guard): plain http while only https is allowed,
 * or a host resolving to a loopback, link-local (cloud metadata), private or otherwise internal address outside
 * {@code fatoora.webhooks.allowed-networks}.
 */
public class DestinationRefusedException extends ValidationFailedException {

    public DestinationRefusedException(String message) {
        super("WEBHOOK_DESTINATION_REFUSED", message, List.of(new FieldError("/url", message)));
    }
}
