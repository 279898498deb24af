package sa.fatoora.gateway.console.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/** A console form value that can't be used (a bad date, an unknown status); the page says which. */
public class ConsoleInputException extends GatewayException {

    public ConsoleInputException(String detail) {
        super("CONSOLE_INPUT_INVALID", 400, "Invalid input", detail);
    }
}
