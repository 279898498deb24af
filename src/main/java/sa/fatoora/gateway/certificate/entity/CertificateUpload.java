package sa.fatoora.gateway.certificate.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A certificate and its private key brought by the taxpayer (e.g. from another solution). With {@code csidSecret}
 * the certificate is a production CSID: its binarySecurityToken is derived from the certificate as ZATCA does.
 */
public record CertificateUpload(
        @NotNull Long egsUnitId,
        @NotBlank @Size(max = 20_000) String certificate,
        @NotBlank @Size(max = 20_000) String privateKey,
        @Size(max = 500) String csidSecret) {

    /** Never print the key or the secret, whatever logs the request. */
    @Override
    public String toString() {
        return "CertificateUpload[egsUnitId=" + egsUnitId + "]";
    }
}
