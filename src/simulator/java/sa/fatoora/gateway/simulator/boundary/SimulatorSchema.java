package sa.fatoora.gateway.simulator.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.schema.control.SchemaMigration;
import sa.fatoora.gateway.schema.control.SchemaMigrationException;

/**
 * Applies the simulator's own changelog ({@link #CHANGELOG}) when the simulator starts, before any request: a
 * start-up singleton, as the gateway's SchemaMigrator, with the gateway's migration code. Liquibase records it in
 * tables of its own, so on the database it shares with the gateway in test and demo runs neither sees the other's
 * changesets. A failed migration fails the simulator's start (the gateway's is not affected).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SimulatorSchema {

    /**
     * The simulator's changelog and its record tables. No underscore in their names: Liquibase looks its record
     * table up by a metadata pattern in which it escapes underscores, and Derby does not read that escape, so a
     * record table with an underscore is never found there and Liquibase would create it again at the next start.
     */
    public static final SchemaMigration.Changelog CHANGELOG = new SchemaMigration.Changelog(
            "simulator schema",
            "db/simulator/changelog.xml",
            "SIMULATORDATABASECHANGELOG",
            "SIMULATORDATABASECHANGELOGLOCK");

    private static final Logger LOG = Logger.getLogger(SimulatorSchema.class.getName());

    @Resource(lookup = "jdbc/fatoora")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = SchemaMigration.LZ4, defaultValue = "true")
    boolean lz4;

    @PostConstruct
    void migrate() {
        try {
            SchemaMigration.migrate(dataSource, CHANGELOG, lz4);
        } catch (SchemaMigrationException e) {
            LOG.log(
                    Level.SEVERE,
                    "simulator schema: migration FAILED, the simulator does not start: " + e.getMessage());
            throw e;
        }
    }
}
