package sa.fatoora.gateway.console.entity;

import java.util.List;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.entity.FieldError;

/**
 * A refusal shown on a console page as the API states it: its problem code, detail and invalid fields (JSON
 * pointers into the API's request), with the HTTP status the page answers with.
 */
public record PageError(int status, String code, String detail, List<FieldError> errors) {

    public static PageError of(GatewayException e) {
        return new PageError(e.status(), e.code(), e.getMessage(), e.errors());
    }
}
