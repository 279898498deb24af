/**
 * Tenants and their API keys: who is calling, which tenant every query is scoped to, and the administrator key that
 * creates tenants. Keys are shown once and stored only as SHA-256 hashes.
 */
package sa.fatoora.gateway.tenant;
