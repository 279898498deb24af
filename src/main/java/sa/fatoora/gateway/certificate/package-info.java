/**
 * CSIDs' X.509 side: generating and checking CSRs to ZATCA's profile (secp256k1, template name, SAN directoryName)
 * and issuing certificates from a CA. Together with signing, the only place BouncyCastle is used.
 */
package sa.fatoora.gateway.certificate;
