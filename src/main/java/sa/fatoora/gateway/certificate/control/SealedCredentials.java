package sa.fatoora.gateway.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import sa.fatoora.gateway.certificate.entity.CertificateRecord;
import sa.fatoora.gateway.signing.control.SigningIdentity;
import sa.fatoora.gateway.zatca.entity.CsidCredentials;

/**
 * Seals a certificate's secrets into its row and opens them again. Each ciphertext is bound to its row, unit and
 * field (the KeyVault purpose), so swapping ciphertexts between rows or columns makes them undecryptable.
 */
@ApplicationScoped
public class SealedCredentials {

    @Inject
    KeyVault vault;

    static String purpose(CertificateRecord r, String field) {
        return "FG_CERTIFICATE/" + r.getId() + "/unit/" + r.getEgsUnitId() + "/" + field;
    }

    /** Needs the row's id, so call it after persist. */
    void seal(CertificateRecord r, byte[] pkcs8, CsidCredentials csid) {
        r.seal(
                vault.seal(pkcs8, purpose(r, "private-key")),
                csid == null ? null : vault.seal(utf8(csid.binarySecurityToken()), purpose(r, "csid-token")),
                csid == null ? null : vault.seal(utf8(csid.secret()), purpose(r, "csid-secret")));
    }

    SigningIdentity identity(CertificateRecord r) {
        byte[] pkcs8 = privateKey(r);
        try {
            return SigningIdentity.fromPem(
                    r.getCertificate(), Base64.getEncoder().encodeToString(pkcs8));
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** The private key as PKCS#8 DER; the caller wipes it after use. */
    byte[] privateKey(CertificateRecord r) {
        return vault.open(r.getPrivateKeyCipher(), purpose(r, "private-key"));
    }

    /** Null when the certificate was stored without a CSID. */
    CsidCredentials csid(CertificateRecord r) {
        if (!r.hasCsid()) {
            return null;
        }
        return new CsidCredentials(
                new String(vault.open(r.getCsidTokenCipher(), purpose(r, "csid-token")), StandardCharsets.UTF_8),
                new String(vault.open(r.getCsidSecretCipher(), purpose(r, "csid-secret")), StandardCharsets.UTF_8));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
