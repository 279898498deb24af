package sa.fatoora.gateway.schema.control;

/** The database could not be brought to this build's schema. */
public class SchemaMigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
