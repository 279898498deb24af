/**
 * Schema capability: owns the database schema. Versioned Liquibase changelogs (src/main/resources/db/changelog)
 * are applied at start, before anything else touches the database ({@code boundary.SchemaMigrator}, a start-up singleton);
 * EclipseLink creates nothing and the start checks that every table and column the entities map exists
 * ({@code boundary.SchemaReadinessCheck}). README "Database schema" says how to add a change and how an operator
 * previews an upgrade's SQL.
 */
package sa.fatoora.gateway.schema;
