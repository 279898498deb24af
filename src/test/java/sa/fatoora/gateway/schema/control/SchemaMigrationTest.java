package sa.fatoora.gateway.schema.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The changelog on embedded Derby: a fresh database gets exactly the schema the build before migrations made
 * (read with dblook from a database that build created: src/test/resources/schema/derby-144a80e.sql), plus the one
 * later change; a database that build made is recognised and kept, data and all; and the start-up check finds
 * every mapped column in the result, and a missing one when it is dropped. (PostgreSQL: scripts/upgrade-test.sh.)
 */
class SchemaMigrationTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    static {
        // Derby's own log goes to target/, not to the working directory
        System.setProperty("derby.stream.error.file", "target/derby-unit-tests.log");
    }

    /**
     * Tables of changesets after the baseline: new (0004, 0005's chain heads, 0006's events and webhooks, 0007's
     * FG_INVOICE_BATCH and FG_INVOICE_BATCH_ITEM) or changed (0005 adds to FG_AUDIT, 0006 to FG_INVOICE, 0008 to
     * FG_API_KEY), so not as in the old build's schema.
     */
    private static final List<String> LATER_TABLES =
            List.of("FG_PDF_BRANDING", "FG_AUDIT", "FG_EVENT", "FG_WEBHOOK", "FG_INVOICE", "FG_API_KEY");

    /** What 0002 adds to a Derby database made before migrations. */
    private static final String REQUEST_ID_UNIQUE =
            "unique FG_ONBOARDING_REQUEST FG_ONBOARDING_REQUEST_ID_UQ (REQUESTID)";

    @Test
    void freshDatabaseGetsTheSchemaOfTheBuildBeforeMigrationsPlusLaterChanges() throws Exception {
        Set<String> before;
        try (Connection old = database()) {
            oldBuildSchema(old);
            before = describe(old);
        }
        try (Connection fresh = database()) {
            SchemaMigration.Result result = SchemaMigration.migrate(fresh, true);
            assertEquals("Apache Derby", result.database());
            Set<String> after = describe(fresh);
            Set<String> added = new TreeSet<>(after);
            added.removeAll(before);
            Set<String> lost = new TreeSet<>(before);
            lost.removeAll(after);
            // the simulator's tables were part of the old schema; they are the simulator's changelog's now
            // (SimulatorSchemaTest: both changelogs together make exactly the old schema)
            assertTrue(
                    lost.stream().anyMatch(d -> d.contains("FG_SIM_")), "the old schema had the simulator's: " + lost);
            lost.removeIf(d -> d.contains("FG_SIM_"));
            assertEquals(Set.of(), lost, "the baseline lacks part of the old schema");
            assertTrue(
                    after.stream().noneMatch(d -> d.contains("FG_SIM_")),
                    "the gateway made simulator tables: " + after);
            assertEquals(
                    Set.of(REQUEST_ID_UNIQUE),
                    withoutLater(withoutLiquibase(added)),
                    "the baseline adds to the old schema");
            assertTrue(added.stream().anyMatch(d -> d.contains("FG_PDF_BRANDING")), "0004 made its table: " + added);
            assertTrue(added.stream().anyMatch(d -> d.contains("FG_AUDIT_CHAIN")), "0005 made its table: " + added);
            assertTrue(added.stream().anyMatch(d -> d.contains("FG_AUDIT.HASH")), "0005 added its columns: " + added);
            assertTrue(
                    added.stream().anyMatch(d -> d.contains("FG_INVOICE_BATCH_ITEM.LEASEUNTIL")),
                    "0007 made its tables: " + added);
        }
    }

    @Test
    void databaseOfTheBuildBeforeMigrationsIsKeptWithItsData() throws Exception {
        try (Connection c = database()) {
            oldBuildSchema(c);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO FG_TENANT (ID, CREATEDAT, NAME) VALUES (1, CURRENT_TIMESTAMP, 'kept')");
                s.execute("VALUES NEXT VALUE FOR FG_TENANT_SEQ");
                // the old trails, which 0005 copies into FG_AUDIT
                s.executeUpdate("INSERT INTO FG_AUDIT (ID, OCCURREDAT, TENANTID, EGSUNITID, TYPE, DETAIL)"
                        + " VALUES (1, CURRENT_TIMESTAMP, 1, 3, 'POLICY_REFUSED', 'refused')");
                s.execute("VALUES NEXT VALUE FOR FG_AUDIT_SEQ");
                s.executeUpdate("INSERT INTO FG_CERTIFICATE_EVENT (ID, CERTIFICATEID, DETAIL, EGSUNITID, EVENTTYPE,"
                        + " OCCURREDAT, TENANTID) VALUES (1, 7, 'stored', 3, 'STORED', CURRENT_TIMESTAMP, 1)");
                s.executeUpdate("INSERT INTO FG_ONBOARDING (ID, CHAINICV, CREATEDAT, EGSUNITID, KIND, STATUS,"
                        + " TENANTID, UPDATEDAT) VALUES (5, 0, CURRENT_TIMESTAMP, 3, 'ONBOARDING', 'COMPLETED', 1,"
                        + " CURRENT_TIMESTAMP)");
                s.executeUpdate("INSERT INTO FG_ONBOARDING_STEP (ID, ATTEMPTS, DOCUMENT, FINISHEDAT, HTTPSTATUS,"
                        + " ONBOARDINGID, STARTEDAT, STATUS, STEP, SUMMARY, ZATCASTATUS) VALUES (1, 1,"
                        + " 'STANDARD_INVOICE', CURRENT_TIMESTAMP, 202, 5, CURRENT_TIMESTAMP, 'DONE',"
                        + " 'COMPLIANCE_CHECK', 'WARNING BR-KSA-08: x', 'CLEARED')");
                s.executeUpdate("INSERT INTO FG_ONBOARDING_STEP (ID, ATTEMPTS, ONBOARDINGID, STARTEDAT, STATUS,"
                        + " STEP) VALUES (2, 1, 5, CURRENT_TIMESTAMP, 'RUNNING', 'PRODUCTION_CSID')");
            }
            Set<String> before = describe(c);
            SchemaMigration.migrate(c, true);

            Map<String, Integer> types = new HashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet r =
                            s.executeQuery("SELECT EXECTYPE, COUNT(*) FROM DATABASECHANGELOG GROUP BY EXECTYPE")) {
                while (r.next()) {
                    types.put(r.getString(1), r.getInt(2));
                }
            }
            // 14 tables and 13 sequences recognised; 0002, 0004, 0005's five, 0006's five, 0007's two, 0008 and 0009's
            // two ran
            // (0003 is PostgreSQL's). (39 marked as run while the changelog had the simulator's 6 tables and 6
            // sequences, now the simulator's own.)
            assertEquals(Map.of("MARK_RAN", 27, "EXECUTED", 17), types);
            List<String> audit = new ArrayList<>();
            long highest = 0;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT ID, SUBJECT, TYPE, OUTCOME, DETAIL, TENANTID, EGSUNITID"
                            + " FROM FG_AUDIT ORDER BY TYPE")) {
                while (r.next()) {
                    highest = Math.max(highest, r.getLong(1));
                    audit.add(r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + " " + r.getString(5) + " "
                            + r.getLong(6) + "/" + r.getLong(7));
                }
            }
            assertEquals(
                    List.of(
                            "certificate:7 CERTIFICATE_STORED SUCCEEDED stored 1/3",
                            "onboarding:5 ONBOARDING_STEP_COMPLIANCE_CHECK SUCCEEDED COMPLIANCE_CHECK STANDARD_INVOICE"
                                    + " DONE http 202 CLEARED: WARNING BR-KSA-08: x 1/3",
                            "onboarding:5 ONBOARDING_STEP_PRODUCTION_CSID STARTED PRODUCTION_CSID RUNNING 1/3",
                            "egs-unit:3 POLICY_REFUSED REFUSED refused 1/3"),
                    audit);
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("VALUES NEXT VALUE FOR FG_AUDIT_SEQ")) {
                assertTrue(r.next());
                // EclipseLink takes the ids v-49..v for the value v: all above the copied rows
                assertTrue(
                        r.getLong(1) - 49 > highest, "copied ids " + highest + " below the next block " + r.getLong(1));
            }
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT NAME FROM FG_TENANT WHERE ID = 1")) {
                assertTrue(r.next());
                assertEquals("kept", r.getString(1));
            }
            Set<String> added = new TreeSet<>(describe(c));
            added.removeAll(before);
            assertEquals(Set.of(REQUEST_ID_UNIQUE), withoutLater(withoutLiquibase(added)));

            // a second start has nothing to do
            assertEquals(List.of(), SchemaMigration.migrate(c, true).applied());
        }
    }

    @Test
    void checkFindsEveryMappedColumnAndReportsAMissingOne() throws Exception {
        Map<String, Set<String>> expected = SchemaCheck.expected(entities());
        // the gateway's 22 entities (0006 added four, 0007 two; the simulator's 6 map to tables of its own
        // changelog: SimulatorSchemaTest)
        assertEquals(22, expected.size(), "the mapped tables");
        try (Connection c = database()) {
            SchemaMigration.migrate(c, true);
            assertEquals(List.of(), SchemaCheck.missing(c, expected));
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE FG_INVOICE DROP COLUMN QR");
                s.execute("DROP TABLE FG_AUDIT");
            }
            assertEquals(List.of("FG_AUDIT", "FG_INVOICE.QR"), SchemaCheck.missing(c, expected));
        }
    }

    private static Set<String> withoutLater(Set<String> described) {
        Set<String> kept = new TreeSet<>(described);
        kept.removeIf(d -> LATER_TABLES.stream().anyMatch(d::contains));
        return kept;
    }

    private static List<Class<?>> entities() {
        List<Class<?>> entities = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("sa.fatoora.gateway")) {
            if (type.isAnnotatedWith(Entity.class)
                    && !type.getPackageName().startsWith("sa.fatoora.gateway.simulator")) {
                entities.add(type.reflect());
            }
        }
        return entities;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:derby:memory:schema" + DATABASES.incrementAndGet() + ";create=true");
    }

    /** The DDL the build before migrations ran, as dblook wrote it. */
    private static void oldBuildSchema(Connection c) throws IOException, SQLException {
        String ddl;
        try (InputStream in = SchemaMigrationTest.class.getResourceAsStream("/schema/derby-144a80e.sql")) {
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

    private static Set<String> withoutLiquibase(Set<String> lines) {
        Set<String> rest = new TreeSet<>(lines);
        rest.removeIf(line -> line.contains("DATABASECHANGELOG"));
        return rest;
    }

    /**
     * One line per column (type, size, nullability, default), primary key, unique constraint, index and sequence,
     * from Derby's catalog. Names Derby makes up (SQL...) are left out.
     */
    private static Set<String> describe(Connection c) throws SQLException {
        Set<String> lines = new TreeSet<>();
        Map<String, String> names = new HashMap<>();
        query(
                c,
                "SELECT t.TABLENAME, col.COLUMNNUMBER, col.COLUMNNAME FROM SYS.SYSCOLUMNS col"
                        + " JOIN SYS.SYSTABLES t ON col.REFERENCEID = t.TABLEID",
                r -> names.put(r.getString(1) + "#" + r.getInt(2), r.getString(3)));
        query(
                c,
                """
                SELECT t.TABLENAME, col.COLUMNNAME, CAST(col.COLUMNDATATYPE AS VARCHAR(200)),
                       CAST(col.COLUMNDEFAULT AS VARCHAR(200))
                  FROM SYS.SYSTABLES t JOIN SYS.SYSCOLUMNS col ON col.REFERENCEID = t.TABLEID
                  JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID
                 WHERE s.SCHEMANAME = 'APP' AND t.TABLETYPE = 'T'""",
                r -> lines.add("column " + r.getString(1) + "." + r.getString(2) + " " + r.getString(3)
                        + (r.getString(4) == null ? "" : " DEFAULT " + r.getString(4))));
        query(
                c,
                """
                SELECT t.TABLENAME, k.CONSTRAINTNAME, k.TYPE, CAST(g.DESCRIPTOR AS VARCHAR(200))
                  FROM SYS.SYSCONSTRAINTS k JOIN SYS.SYSTABLES t ON t.TABLEID = k.TABLEID
                  JOIN SYS.SYSKEYS sk ON sk.CONSTRAINTID = k.CONSTRAINTID
                  JOIN SYS.SYSCONGLOMERATES g ON g.CONGLOMERATEID = sk.CONGLOMERATEID""",
                r -> lines.add(("P".equals(r.getString(3)) ? "primary key " : "unique ") + r.getString(1)
                        + ("P".equals(r.getString(3)) ? "" : " " + r.getString(2)) + " "
                        + columns(names, r.getString(1), r.getString(4))));
        query(
                c,
                """
                SELECT t.TABLENAME, g.CONGLOMERATENAME, CAST(g.DESCRIPTOR AS VARCHAR(200))
                  FROM SYS.SYSCONGLOMERATES g JOIN SYS.SYSTABLES t ON t.TABLEID = g.TABLEID
                 WHERE g.ISINDEX AND g.CONGLOMERATENAME NOT LIKE 'SQL%'""",
                r -> lines.add("index " + r.getString(1) + " " + r.getString(2) + " "
                        + r.getString(3).split(" ")[0] + " " + columns(names, r.getString(1), r.getString(3))));
        query(
                c,
                """
                SELECT SEQUENCENAME, CAST(SEQUENCEDATATYPE AS VARCHAR(50)), STARTVALUE, INCREMENT, MINIMUMVALUE,
                       MAXIMUMVALUE, CYCLEOPTION FROM SYS.SYSSEQUENCES""",
                r -> lines.add("sequence " + r.getString(1) + " " + r.getString(2) + " start " + r.getLong(3)
                        + " by " + r.getLong(4) + " " + r.getLong(5) + ".." + r.getLong(6) + " cycle "
                        + r.getString(7)));
        return lines;
    }

    /** "(A, B)" from an index descriptor such as "UNIQUE BTREE (2, 5)" (column positions). */
    private static String columns(Map<String, String> names, String table, String descriptor) {
        String positions = descriptor.substring(descriptor.indexOf('(') + 1, descriptor.indexOf(')'));
        List<String> columns = new ArrayList<>();
        for (String position : positions.split(",")) {
            columns.add(names.get(table + "#" + position.strip()));
        }
        return "(" + String.join(", ", columns) + ")";
    }

    private interface Row {
        void accept(ResultSet r) throws SQLException;
    }

    private static void query(Connection c, String sql, Row row) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                row.accept(r);
            }
        }
    }
}
