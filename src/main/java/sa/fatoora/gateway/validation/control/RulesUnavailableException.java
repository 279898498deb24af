package sa.fatoora.gateway.validation.control;

/**
 * A stage's rule files can't be used (not configured, missing, broken). Checked, and never shown as an HTTP error:
 * the stage turns it into a NOT_RUN result whose reason is this message.
 */
public class RulesUnavailableException extends Exception {

    public RulesUnavailableException(String reason) {
        super(reason, null, false, false);
    }
}
