package sa.fatoora.gateway.webhook.control;

import java.util.List;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.platform.entity.FieldError;

/** A webhook registration or change that can't be taken: a bad URL, an unknown event type, a too-long field. */
public class WebhookRejectedException extends ValidationFailedException {

    public WebhookRejectedException(String pointer, String message) {
        super("WEBHOOK_INVALID", message, List.of(new FieldError(pointer, message)));
    }
}
