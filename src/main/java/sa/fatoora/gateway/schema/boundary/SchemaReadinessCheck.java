package sa.fatoora.gateway.schema.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import sa.fatoora.gateway.schema.control.SchemaCheck;

/**
 * Ready only if the migrated schema has every table and column the entities map (checked once at start: the schema
 * changes only by migration, at start). Otherwise DOWN, with one SEVERE line naming what is missing; the check's
 * data carries only the count.
 */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(SchemaReadinessCheck.class.getName());

    @PersistenceUnit(unitName = "fatoora")
    EntityManagerFactory emf;

    @Resource(lookup = "jdbc/fatoora")
    DataSource dataSource;

    /** null until checked; empty when everything is there. */
    private volatile List<String> missing;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        check();
    }

    void check() {
        var entities = emf.getMetamodel().getEntities().stream()
                .map(EntityType::getJavaType)
                .<Class<?>>map(type -> type)
                .toList();
        try (Connection c = dataSource.getConnection()) {
            List<String> found = SchemaCheck.missing(c, SchemaCheck.expected(entities));
            if (found.isEmpty()) {
                LOG.info(() -> "schema: every table and column of the " + entities.size() + " entities is present");
            } else {
                LOG.severe(() -> "schema: the database lacks what the entities map, readiness stays DOWN: " + found
                        + " (a migration is missing: README \"Database schema\")");
            }
            missing = found;
        } catch (SQLException e) {
            LOG.warning(() -> "schema: not checked, the database did not answer (SQL state " + e.getSQLState() + ")");
        }
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("schema");
        if (missing == null) {
            check();
        }
        List<String> now = missing;
        if (now == null) {
            return response.down().withData("error", "not checked yet").build();
        }
        return now.isEmpty()
                ? response.up().build()
                : response.down().withData("missing", now.size()).build();
    }
}
