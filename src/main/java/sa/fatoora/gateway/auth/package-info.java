/**
 * How the gateway authenticates to Fatoora: the CSID's HTTP Basic credentials and, for deployments behind an
 * OAuth-protected API gateway, client-credentials tokens with their cache and refresh.
 */
package sa.fatoora.gateway.auth;
