package sa.fatoora.gateway.platform.control;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import sa.fatoora.gateway.platform.entity.FieldError;
import sa.fatoora.gateway.platform.entity.Problem;

/**
 * Builds problem+json responses. Unexpected failures are logged under an incident id with a coarse category only:
 * exception messages may carry SQL, file paths or key material, so neither they nor stack traces are written out.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {}

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    public static Problem of(
            int status, String code, String title, String detail, String instance, List<FieldError> errors) {
        return new Problem(
                Problem.typeFor(code),
                title,
                status,
                detail,
                instance,
                code,
                errors == null || errors.isEmpty() ? null : errors,
                null);
    }

    public static Problem of(GatewayException e, String instance) {
        return of(e.status(), e.code(), e.title(), e.getMessage(), instance, e.errors());
    }

    /** A GatewayException anywhere in the cause chain wins: providers and containers like to wrap ours. */
    public static GatewayException findGatewayException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof GatewayException g) {
                return g;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    public static Problem internalError(Throwable t, String method, String instance) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident {0}: unexpected {1} failure while handling {2} {3}{4}", new Object[] {
            incident, category(t), method, instance, sqlState(t)
        });
        return new Problem(
                Problem.typeFor("INTERNAL_ERROR"),
                "Internal server error",
                500,
                "The request could not be completed. Quote the incident id when reporting this.",
                instance,
                "INTERNAL_ERROR",
                null,
                incident);
    }

    /** The SQLState names the kind of database failure (lock timeout, constraint, ...) without any SQL text. */
    static String sqlState(Throwable t) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return " (SQLState " + sql.getSQLState().replaceAll("[^A-Za-z0-9]", "") + ")";
            }
        }
        return "";
    }

    /** A coarse, non-revealing category for operators: where the failure came from, not what it said. */
    public static String category(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getName();
            if (name.startsWith("java.sql") || name.contains("persistence") || name.contains("eclipse.persistence")) {
                return "database";
            }
            if (name.startsWith("java.net") || name.contains("ProcessingException")) {
                return "network";
            }
            if (name.startsWith("java.security") || name.startsWith("javax.crypto") || name.contains("bouncycastle")) {
                return "cryptography";
            }
            if (name.contains("xml") || name.contains("saxon") || name.contains("SAX")) {
                return "xml";
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return "internal";
    }
}
