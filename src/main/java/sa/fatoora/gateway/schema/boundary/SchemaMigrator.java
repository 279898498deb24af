package sa.fatoora.gateway.schema.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.schema.control.SchemaMigration;
import sa.fatoora.gateway.schema.control.SchemaMigrationException;

/**
 * Migrates the database when the application starts, before anything else of it touches the database: Liberty
 * starts the start-up singletons before the web module, so before CDI's {@code @Initialized(ApplicationScoped)}
 * observers, the {@code Startup} event and any request; another start-up singleton that uses the database names
 * this one in {@code @DependsOn} (CertificateExpiryTimer). EclipseLink has only logged in by then: it generates no
 * DDL. A failed migration fails the start of the application. Bean-managed transactions: Liquibase commits each
 * changeset itself.
 */
@Singleton(name = SchemaMigrator.NAME)
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    public static final String NAME = SchemaMigration.MIGRATOR_BEAN;

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/fatoora")
    DataSource dataSource;

    /** lz4 compression of the XML columns on PostgreSQL 14+ (changeset postgresql-lz4-xml-columns). */
    @Inject
    @ConfigProperty(name = SchemaMigration.LZ4, defaultValue = "true")
    boolean lz4;

    private SchemaMigration.Result result;

    @PostConstruct
    void migrate() {
        LOG.info("schema: migrating the database before the application starts");
        try {
            result = SchemaMigration.migrate(dataSource, lz4);
        } catch (SchemaMigrationException e) {
            SchemaMigration.logFailure(e);
            throw e;
        }
    }

    /** What the migration at start applied. */
    public SchemaMigration.Result result() {
        return result;
    }
}
