package sa.fatoora.gateway.platform.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import sa.fatoora.gateway.platform.entity.FieldError;

/** Turns a Bean Validation property path of a resource method parameter into an RFC 6901 JSON pointer. */
public final class JsonPointers {

    private JsonPointers() {}

    /** Each violation as a field error, in pointer order: what a 400 VALIDATION_FAILED lists. */
    public static List<FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(of(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::pointer))
                .toList();
    }

    public static String of(Path path) {
        StringBuilder pointer = new StringBuilder();
        String parameterName = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD
                    || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameterName = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (key != null) {
                    pointer.append('/').append(escape(String.valueOf(key)));
                }
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        if (pointer.isEmpty()) {
            // a constraint on the whole body or on a query/path parameter
            return parameterName == null ? "" : parameterName;
        }
        return pointer.toString();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
