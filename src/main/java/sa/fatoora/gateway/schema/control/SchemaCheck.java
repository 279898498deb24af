package sa.fatoora.gateway.schema.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JPA only validates: every table and column the entities map must exist in the migrated database. Names as
 * EclipseLink derives them here: {@code @Table}/{@code @Column} names, else the entity's and field's names, upper
 * case (PostgreSQL folds them to lower case: compared without case).
 */
public final class SchemaCheck {

    private SchemaCheck() {}

    /** Table name -> column names the entity classes map (upper case). */
    public static Map<String, Set<String>> expected(Collection<Class<?>> entities) {
        Map<String, Set<String>> tables = new TreeMap<>();
        for (Class<?> entity : entities) {
            Set<String> columns = tables.computeIfAbsent(table(entity), t -> new TreeSet<>());
            for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (persistent(field)) {
                        columns.add(column(field));
                    }
                }
            }
        }
        return tables;
    }

    /** What {@code expected} names that the connection's current schema lacks: "TABLE" or "TABLE.COLUMN", sorted. */
    public static List<String> missing(Connection connection, Map<String, Set<String>> expected) throws SQLException {
        Map<String, Set<String>> present = new HashMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet r = meta.getColumns(null, connection.getSchema(), "%", "%")) {
            while (r.next()) {
                present.computeIfAbsent(upper(r.getString("TABLE_NAME")), t -> new HashSet<>())
                        .add(upper(r.getString("COLUMN_NAME")));
            }
        }
        List<String> missing = new ArrayList<>();
        expected.forEach((table, columns) -> {
            Set<String> there = present.get(table);
            if (there == null) {
                missing.add(table);
            } else {
                columns.stream().filter(c -> !there.contains(c)).forEach(c -> missing.add(table + "." + c));
            }
        });
        missing.sort(null);
        return missing;
    }

    private static String table(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        if (table != null && !table.name().isEmpty()) {
            return upper(table.name());
        }
        Entity annotation = entity.getAnnotation(Entity.class);
        return upper(annotation != null && !annotation.name().isEmpty() ? annotation.name() : entity.getSimpleName());
    }

    private static boolean persistent(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers)
                && !Modifier.isTransient(modifiers)
                && !field.isSynthetic()
                && !field.isAnnotationPresent(Transient.class);
    }

    private static String column(Field field) {
        Column column = field.getAnnotation(Column.class);
        return upper(column != null && !column.name().isEmpty() ? column.name() : field.getName());
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
