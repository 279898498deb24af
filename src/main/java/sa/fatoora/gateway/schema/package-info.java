/**
 * Schema capability: owns the database schema. Versioned Liquibase changelogs (src/main/resources/db/changelog) are
 * applied at start, before anything else touches the database ({@code boundary.SchemaMigrator}, a start-up singleton;
 * other capabilities' start-up beans name it through {@code control.SchemaMigration.MIGRATOR_BEAN}); EclipseLink
 * creates nothing and the start checks that every table and column the entities map exists ({@code
 * boundary.SchemaReadinessCheck}). README "Database schema" says how to add a change and how an operator previews an
 * upgrade's SQL.
 *
 * <p>Layer 2 of 14 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform. Uses no other
 * capability today. Used only by the capabilities above it. Inside: {@code boundary -> control -> entity}; other
 * capabilities use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.schema;
