/** The built-in Fatoora simulator: ZATCA's six calls with a test CA, full validation, OAuth and fault injection. */
package sa.fatoora.gateway.simulator;
