package sa.fatoora.gateway.validation.control;

import java.util.List;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.entity.FieldError;

/**
 * An uploaded pack was refused because it can't be trusted to check documents: it does not compile, it carries no
 * samples to try it on, or it rejects ZATCA's own samples. Nothing was stored and the active pack is unchanged.
 */
public class RulePackSamplesFailedException extends GatewayException {

    private final List<FieldError> failures;

    public RulePackSamplesFailedException(String detail, List<FieldError> failures) {
        super("RULE_PACK_NOT_USABLE", 422, "Rule pack not usable", detail);
        this.failures = List.copyOf(failures);
    }

    @Override
    public List<FieldError> errors() {
        return failures;
    }
}
