package sa.fatoora.gateway.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On PostgreSQL 14 and later the columns that hold whole XML documents compress with lz4 instead of the default
 * pglz. Each invoice writes 12-17 kB values into them, which PostgreSQL compresses on the way to its TOAST storage:
 * pglz took 12 % of PostgreSQL's CPU under load (docs/benchmarks.md, Run 4), lz4 does the same work much faster at
 * a similar size. Only values written afterwards change. Derby, older PostgreSQL and a server built without lz4 are
 * left as they are, with one line in the log.
 */
@ApplicationScoped
public class LargeValueCompression {

    private static final Logger LOG = Logger.getLogger(LargeValueCompression.class.getName());

    /** Table and column of each value that is usually larger than PostgreSQL's 2 kB TOAST threshold. */
    record Column(String table, String name) {

        String alter() {
            return "ALTER TABLE " + table + " ALTER COLUMN " + name + " SET COMPRESSION lz4";
        }
    }

    static final List<Column> COLUMNS = List.of(
            new Column("fg_invoice", "signedxml"),
            new Column("fg_invoice", "clearedxml"),
            new Column("fg_sim_submission", "clearedinvoice"));

    private static final String CURRENT =
            "SELECT attcompression FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = ?";

    @Resource(lookup = "jdbc/fatoora")
    DataSource dataSource;

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    @ConfigProperty(name = "fatoora.db.lz4-compression", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (enabled) {
            apply();
        }
    }

    void apply() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            if (!"PostgreSQL".equals(meta.getDatabaseProductName()) || meta.getDatabaseMajorVersion() < 14) {
                return;
            }
            // the tables exist once EclipseLink has logged in and generated the schema; a query makes it log in
            tx.required(() -> em.createNativeQuery("SELECT 1").getSingleResult());
            int changed = 0;
            try (Statement s = c.createStatement()) {
                // a busy table must not hold the start up: give up after a few seconds, the next start tries again
                s.execute("SET lock_timeout = '5s'");
                try {
                    for (Column column : COLUMNS) {
                        String current = current(c, column);
                        if (current != null && !"l".equals(current)) {
                            s.execute(column.alter());
                            changed++;
                        }
                    }
                } finally {
                    // the connection goes back to the pool: its later row locks must wait as long as they need
                    s.execute("RESET lock_timeout");
                }
            }
            if (changed > 0) {
                LOG.info("large values: lz4 compression for new values (" + changed + " columns changed)");
            }
        } catch (SQLException e) {
            // only the SQL state: the message may quote the statement
            LOG.warning(() -> "large values: lz4 compression not set (SQL state " + e.getSQLState() + ")");
        }
    }

    /** The column's compression ("l": lz4, "p": pglz, "": the database default), or null without the table. */
    private static String current(Connection c, Column column) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(CURRENT)) {
            q.setString(1, column.table());
            q.setString(2, column.name());
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
