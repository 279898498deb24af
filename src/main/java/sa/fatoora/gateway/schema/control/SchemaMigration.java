package sa.fatoora.gateway.schema.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings the database to the schema of this build: applies the changesets of {@link #CHANGELOG} that the database
 * has not run yet (Liquibase records them in DATABASECHANGELOG; DATABASECHANGELOGLOCK keeps two instances starting
 * together from both applying them). A database made before migrations existed is recognised by the baseline's
 * preconditions and left as it is.
 */
public final class SchemaMigration {

    /**
     * The EJB name of the start-up singleton that migrates (boundary.SchemaMigrator): other capabilities' start-up
     * beans that read the database name it in {@code @DependsOn}, without reaching into schema's boundary.
     */
    public static final String MIGRATOR_BEAN = "SchemaMigrator";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /**
     * Liquibase's own INFO lines (a snapshot per precondition, each changeset, the services it leaves out because
     * their libraries are not in the WAR) stay out of the server log: this class says what was applied.
     */
    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

    static {
        LIQUIBASE.setLevel(Level.WARNING);
    }

    /** The master changelog, on the class path (src/main/resources). */
    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    /** The changelog parameter (and MicroProfile Config property) that switches lz4 compression on PostgreSQL. */
    public static final String LZ4 = "fatoora.db.lz4-compression";

    /** What one migration did. */
    public record Result(String database, List<String> applied) {}

    /**
     * A changelog on the class path, the tables Liquibase records it in, and the name the log uses for it. Two
     * deployables that share a database (the gateway and, in test and demo runs, the built-in simulator) keep
     * their records in tables of their own, so neither sees the other's changesets.
     */
    public record Changelog(String name, String path, String table, String lockTable) {}

    /** The gateway's schema: {@link #CHANGELOG}, in Liquibase's default tables. */
    public static final Changelog GATEWAY =
            new Changelog("schema", CHANGELOG, "DATABASECHANGELOG", "DATABASECHANGELOGLOCK");

    private SchemaMigration() {}

    /**
     * Applies the pending changesets on a connection of {@code dataSource}.
     *
     * @param lz4 the value of {@value #LZ4}
     * @throws SchemaMigrationException when the database could not be migrated: nothing else may use it then
     */
    public static Result migrate(DataSource dataSource, boolean lz4) {
        return migrate(dataSource, GATEWAY, lz4);
    }

    /** Applies the pending changesets of {@code changelog} on a connection of {@code dataSource}. */
    public static Result migrate(DataSource dataSource, Changelog changelog, boolean lz4) {
        try (Connection c = dataSource.getConnection()) {
            return migrate(c, changelog, lz4);
        } catch (SQLException e) {
            throw new SchemaMigrationException("no database connection (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /** Applies the pending changesets on {@code connection}, which stays open. */
    public static Result migrate(Connection connection, boolean lz4) {
        return migrate(connection, GATEWAY, lz4);
    }

    /** Applies the pending changesets of {@code changelog} on {@code connection}, which stays open. */
    public static Result migrate(Connection connection, Changelog changelog, boolean lz4) {
        Map<String, Object> scope = Map.of(
                // no calls home from a tax system (Liquibase 4.30+ asks liquibase.com whether to send usage data)
                "liquibase.analytics.enabled",
                false,
                // Liquibase's "Running Changeset" lines go to its logger (java.util.logging), not to System.out
                Scope.Attr.ui.name(),
                new LoggerUIService());
        try {
            boolean autoCommit = connection.getAutoCommit();
            try {
                return Scope.child(scope, () -> run(connection, changelog, lz4));
            } finally {
                // Liquibase works without auto-commit and leaves it so
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SchemaMigrationException e) {
            throw e;
        } catch (Exception e) {
            throw new SchemaMigrationException(e.getMessage(), e);
        }
    }

    private static Result run(Connection connection, Changelog changelog, boolean lz4) throws LiquibaseException {
        // never Database.close(): on embedded Derby it shuts the whole database down
        Database database =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        database.setDatabaseChangeLogTableName(changelog.table());
        database.setDatabaseChangeLogLockTableName(changelog.lockTable());
        // Liquibase keeps its record and lock services per connection: on a connection another changelog used
        // before (the simulator's after the gateway's, as in SimulatorSchemaTest), they would still name that
        // changelog's tables
        ChangeLogHistoryServiceFactory.getInstance().resetAll();
        LockServiceFactory.getInstance().resetAll();
        String name = changelog.name();
        Liquibase liquibase = new Liquibase(
                changelog.path(), new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()), database);
        liquibase.setChangeLogParameter(LZ4, Boolean.toString(lz4));
        // its update summary too
        liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
        Contexts contexts = new Contexts();
        LabelExpression labels = new LabelExpression();
        List<String> pending = liquibase.listUnrunChangeSets(contexts, labels).stream()
                .map(ChangeSet::getId)
                .toList();
        String product = database.getDatabaseProductName();
        if (pending.isEmpty()) {
            LOG.info(() -> name + ": " + product + " is up to date, no changeset to apply");
        } else {
            LOG.info(() -> name + ": " + pending.size() + " changeset(s) to apply on " + product + ": " + pending);
            liquibase.update(contexts, labels);
            Map<String, Long> outcome = new TreeMap<>();
            for (RanChangeSet ran : database.getRanChangeSetList()) {
                if (pending.contains(ran.getId())) {
                    outcome.merge(String.valueOf(ran.getExecType()), 1L, Long::sum);
                }
            }
            // EXECUTED: applied now; MARK_RAN: already there (a database made before migrations); a changeset not
            // listed was skipped until a later start (its precondition said so, e.g. lz4 switched off)
            LOG.info(() -> name + ": " + product + " migrated " + outcome);
        }
        return new Result(product, pending);
    }

    /** Logs a failed migration in one clear line (the changeset and the database's reason). */
    public static void logFailure(SchemaMigrationException e) {
        LOG.log(
                Level.SEVERE,
                "schema: migration FAILED, the application does not start: " + e.getMessage()
                        + " (README \"Database schema\")");
    }
}
