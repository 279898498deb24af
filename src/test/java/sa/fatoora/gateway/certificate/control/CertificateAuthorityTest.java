package sa.fatoora.gateway.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.certificate.entity.CheckedCsr;
import sa.fatoora.gateway.certificate.entity.GeneratedCsr;
import sa.fatoora.gateway.egs.entity.CsrProfile;

class CertificateAuthorityTest {

    private static final Instant NOW = Instant.parse("2025-07-01T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void issuedCertificateEchoesTheCsrAndVerifiesWithTheCaKey() throws Exception {
        KeyPair caKeys = CsrGenerator.newKeyPair();
        X509Certificate root = CertificateAuthority.selfSigned(
                caKeys,
                "FGSIMULATORCA1-CA",
                new String[] {"simulator", "fatoora", "local"},
                Duration.ofDays(3650),
                CLOCK);
        CertificateAuthority ca = new CertificateAuthority(caKeys.getPrivate(), root, CLOCK);
        CsrProfile profile = CsrFixtures.sandboxProfile("0100");
        GeneratedCsr generated = CsrFixtures.generate(profile);
        CheckedCsr csr = new CsrChecker().check(generated.pem(), "TSTZATCA-Code-Signing", false);

        X509Certificate cert = ca.issue(csr, Duration.ofDays(365));

        cert.verify(caKeys.getPublic(), ZatcaOids.PROVIDER);
        assertEquals(
                "CN=FGSIMULATORCA1-CA, DC=simulator, DC=fatoora, DC=local",
                cert.getIssuerX500Principal().toString());
        assertTrue(cert.getSubjectX500Principal().toString().contains("CN=" + profile.commonName()));
        assertEquals(generated.keyPair().getPublic(), cert.getPublicKey());
        assertEquals(profile.vatNumber(), X509Certificates.vatNumber(cert).orElseThrow());
        assertEquals("0100", X509Certificates.title(cert).orElseThrow());
        assertEquals(
                profile.serialNumber(),
                X509Certificates.sanValue(cert, ZatcaOids.SN).orElseThrow());
        assertEquals(List.of("1.3.6.1.5.5.7.3.3", "1.3.6.1.5.5.7.3.2"), cert.getExtendedKeyUsage());
        assertTrue(cert.getKeyUsage()[0], "digitalSignature");
        assertEquals("SHA256WITHECDSA", cert.getSigAlgName().toUpperCase());
        X509Certificate roundTrip = X509Certificates.fromBase64Der(X509Certificates.base64Der(cert));
        assertEquals(cert, roundTrip);
    }

    @Test
    void validityFollowsTheGivenClock() {
        KeyPair caKeys = CsrGenerator.newKeyPair();
        X509Certificate root = CertificateAuthority.selfSigned(
                caKeys, "FGSIMULATORCA1-CA", new String[] {"simulator"}, Duration.ofDays(3650), CLOCK);
        CertificateAuthority ca = new CertificateAuthority(caKeys.getPrivate(), root, CLOCK);
        GeneratedCsr generated = CsrFixtures.generate(CsrFixtures.sandboxProfile("0100"));
        CheckedCsr csr = new CsrChecker().check(generated.pem(), "TSTZATCA-Code-Signing", false);

        X509Certificate cert = ca.issue(csr, Duration.ofDays(365));

        assertEquals(NOW.minus(Duration.ofDays(1)), root.getNotBefore().toInstant());
        assertEquals(NOW.minus(Duration.ofMinutes(5)), cert.getNotBefore().toInstant());
        assertEquals(NOW.plus(Duration.ofDays(365)), cert.getNotAfter().toInstant());
    }
}
