/**
 * CSIDs' X.509 side and their storage: CSRs to ZATCA's profile, the certificate store (key verification, AES-GCM
 * sealed keys and CSIDs, lifecycle, expiry monitoring). Together with signing, the only place BouncyCastle is used.
 */
package sa.fatoora.gateway.certificate;
