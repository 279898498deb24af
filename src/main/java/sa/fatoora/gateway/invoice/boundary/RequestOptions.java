package sa.fatoora.gateway.invoice.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.policy.entity.SubmissionAction;

/** Query parameters and headers of the invoice API, read strictly: a typo is a 400 naming the parameter. */
final class RequestOptions {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private RequestOptions() {}

    /** The body's {@code egsUnitId}, a whole number, or null. */
    static Long unitField(JsonObject body) {
        JsonValue value = body.get("egsUnitId");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        throw ValidationFailedException.of("/egsUnitId", "must be a whole number");
    }

    /** {@code egsUnitId} as query parameter or body field; both must agree when both are given. */
    static Long unit(Long queryParameter, Long bodyField) {
        if (queryParameter != null && bodyField != null && !queryParameter.equals(bodyField)) {
            throw ValidationFailedException.of("/egsUnitId", "differs from the egsUnitId query parameter");
        }
        Long unit = queryParameter != null ? queryParameter : bodyField;
        if (unit == null) {
            throw ValidationFailedException.of("/egsUnitId", "is required (in the body or as query parameter)");
        }
        return unit;
    }

    /** {@code clearance}, {@code reporting} or {@code clearance-and-reporting} (any case, - or _); null: ZATCA's. */
    static SubmissionAction action(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SubmissionAction.valueOf(
                    value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of("action", "must be clearance, reporting or clearance-and-reporting");
        }
    }

    /**
     * RFC 7240 {@code Prefer}: {@code respond-async} (answer once the document is signed and stored, the outbox
     * submits it) and {@code wait=<seconds>} (shorten the clearance window); other preferences are ignored.
     */
    record Preferences(boolean respondAsync, Duration maxWait) {

        /** The value of a {@code Preference-Applied} header, or null. */
        String applied() {
            if (respondAsync) {
                return "respond-async";
            }
            return maxWait == null ? null : "wait=" + maxWait.toSeconds();
        }
    }

    static Preferences preferences(String prefer) {
        boolean async = false;
        Duration wait = null;
        if (prefer != null) {
            for (String preference : prefer.split("[,;]")) {
                String p = preference.strip();
                if (p.equalsIgnoreCase("respond-async")) {
                    async = true;
                } else if (p.regionMatches(true, 0, "wait=", 0, 5)) {
                    try {
                        wait = Duration.ofSeconds(
                                Math.max(0, Long.parseLong(p.substring(5).strip())));
                    } catch (NumberFormatException e) {
                        throw ValidationFailedException.of("Prefer", "wait must be a number of seconds");
                    }
                }
            }
        }
        return new Preferences(async, wait);
    }

    static InvoiceStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return InvoiceStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of("status", "must be PENDING, CLEARED, REPORTED or REJECTED");
        }
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationFailedException.of(name, "must be a date YYYY-MM-DD");
        }
    }

    /** The largest page whose first row (page x size) still fits an int: beyond it the offset went negative. */
    static final int MAX_PAGE = Integer.MAX_VALUE / MAX_PAGE_SIZE;

    static int page(Integer page) {
        if (page != null && (page < 0 || page > MAX_PAGE)) {
            throw ValidationFailedException.of("page", "must be 0 to " + MAX_PAGE);
        }
        return page == null ? 0 : page;
    }

    static int size(Integer size) {
        if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
            throw ValidationFailedException.of("size", "must be 1 to " + MAX_PAGE_SIZE);
        }
        return size == null ? DEFAULT_PAGE_SIZE : size;
    }

    /** 201 for an accepted document, 202 while it is PENDING, 200 for a rejected one (README "Invoices"). */
    static int httpStatus(InvoiceStatus status) {
        return switch (status) {
            case CLEARED, REPORTED -> 201;
            case PENDING -> 202;
            case REJECTED -> 200;
        };
    }
}
