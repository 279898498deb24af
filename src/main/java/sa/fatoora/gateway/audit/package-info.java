/** Audit capability: the append-only record of decisions and events (policy, submissions, certificates). */
package sa.fatoora.gateway.audit;
