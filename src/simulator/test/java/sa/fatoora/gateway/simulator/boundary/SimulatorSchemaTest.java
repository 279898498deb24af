package sa.fatoora.gateway.simulator.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.schema.control.SchemaCheck;
import sa.fatoora.gateway.schema.control.SchemaMigration;

/**
 * The simulator's own changelog on embedded Derby, beside the gateway's on the same database (as the test and demo
 * runs have it): a fresh database gets every table and column the simulator's entities map, and the two changelogs
 * together make exactly what the build before migrations made (the gateway's alone makes none of FG_SIM_*:
 * SchemaMigrationTest); a database that build made keeps its simulator tables and their rows, each changeset marked
 * as run, recorded in the simulator's own SIMULATORDATABASECHANGELOG.
 */
class SimulatorSchemaTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    static {
        System.setProperty("derby.stream.error.file", "target/derby-unit-tests.log");
    }

    @Test
    void freshDatabaseGetsEveryMappedTableAndColumnInTablesOfItsOwnRecord() throws Exception {
        try (Connection c = database()) {
            SchemaMigration.migrate(c, true);
            assertEquals(6, SchemaCheck.missing(c, expected()).size(), "the gateway made none of them");
            SchemaMigration.Result result = SchemaMigration.migrate(c, SimulatorSchema.CHANGELOG, true);
            assertEquals(12, result.applied().size(), result.applied().toString());
            assertEquals(List.of(), SchemaCheck.missing(c, expected()));
            assertEquals(Map.of("EXECUTED", 12), execTypes(c, "SIMULATORDATABASECHANGELOG"));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME LIKE '%simulator%'"));
            // a second start has nothing to do
            assertEquals(
                    List.of(),
                    SchemaMigration.migrate(c, SimulatorSchema.CHANGELOG, true).applied());
        }
    }

    @Test
    void databaseOfTheBuildBeforeMigrationsKeepsItsSimulatorTablesAndRows() throws Exception {
        try (Connection c = database()) {
            oldBuildSchema(c);
            try (Statement s = c.createStatement()) {
                s.executeUpdate(
                        "INSERT INTO FG_SIM_CA (ID, CERTIFICATE, CREATEDAT) VALUES (1, 'kept', CURRENT_TIMESTAMP)");
            }
            SchemaMigration.migrate(c, true);
            SchemaMigration.migrate(c, SimulatorSchema.CHANGELOG, true);
            // 6 tables and 6 sequences recognised; a later start finds its record and has nothing to do
            assertEquals(
                    List.of(),
                    SchemaMigration.migrate(c, SimulatorSchema.CHANGELOG, true).applied());
            assertEquals(Map.of("MARK_RAN", 12), execTypes(c, "SIMULATORDATABASECHANGELOG"));
            assertEquals(List.of(), SchemaCheck.missing(c, expected()));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM FG_SIM_CA WHERE ID = 1"));
        }
    }

    private static Map<String, java.util.Set<String>> expected() {
        List<Class<?>> entities = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().importPackages("sa.fatoora.gateway.simulator.entity")) {
            if (type.isAnnotatedWith(Entity.class)) {
                entities.add(type.reflect());
            }
        }
        assertEquals(6, entities.size(), entities.toString());
        return SchemaCheck.expected(entities);
    }

    private static Map<String, Integer> execTypes(Connection c, String table) throws SQLException {
        Map<String, Integer> types = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT EXECTYPE, COUNT(*) FROM " + table + " GROUP BY EXECTYPE")) {
            while (r.next()) {
                types.put(r.getString(1), r.getInt(2));
            }
        }
        return types;
    }

    private static int count(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            assertTrue(r.next());
            return r.getInt(1);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:derby:memory:simulator" + DATABASES.incrementAndGet() + ";create=true");
    }

    /** The DDL the build before migrations ran, as dblook wrote it (the gateway's test resource). */
    private static void oldBuildSchema(Connection c) throws IOException, SQLException {
        String ddl;
        try (InputStream in = SimulatorSchemaTest.class.getResourceAsStream("/schema/derby-144a80e.sql")) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement s = c.createStatement()) {
            for (String statement : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement.strip());
                }
            }
        }
    }
}
