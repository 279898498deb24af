package sa.fatoora.gateway.invoice.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import sa.fatoora.gateway.platform.entity.FieldError;

/** Collects every problem of one request, so the caller can fix them all in one round trip. Not thread-safe. */
final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    void add(String pointer, String message) {
        errors.add(new FieldError(pointer, message));
    }

    /** Adds "is required" and returns false when the value is null or blank. */
    boolean require(String pointer, Object value, String ruleSuffix) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(pointer, "is required" + ruleSuffix);
            return false;
        }
        return true;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<FieldError> list() {
        return List.copyOf(errors);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static boolean hasMoreThanTwoDecimals(BigDecimal amount) {
        return amount != null && amount.stripTrailingZeros().scale() > 2;
    }

    static boolean isNegative(BigDecimal amount) {
        return amount != null && amount.signum() < 0;
    }
}
