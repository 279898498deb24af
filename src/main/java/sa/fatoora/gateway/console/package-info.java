/**
 * Console capability: the operators', auditors' and administrator's pages in the browser at {@code /console}, served
 * by the application itself (server-rendered jte templates, HTML-escaped by the compiler, one script of its own, a
 * strict Content-Security-Policy). Sign-in with an API key exchanged for a server-side session (HttpOnly,
 * SameSite=Strict cookie, Secure on https, idle timeout, a CSRF token on every change, sign-in attempts
 * rate-limited); a tenant key's session is bound to the key's tenant and role, the administrator key's sees every
 * tenant (one at a time, read-only) and manages tenants, keys and rule packs. Arabic (right to left) and English;
 * times in Riyadh.
 *
 * <p>The top layer but the simulator (ArchitectureTest.CAPABILITIES, docs/architecture.md): it reads what the
 * capabilities below it own, and changes nothing they do not offer to change.
 */
package sa.fatoora.gateway.console;
