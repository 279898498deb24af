package sa.fatoora.gateway.certificate.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.certificate.control.CsrFixtures;
import sa.fatoora.gateway.certificate.control.X509Certificates;
import sa.fatoora.gateway.certificate.entity.GeneratedCsr;
import sa.fatoora.gateway.egs.entity.CsrProfile;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;

/**
 * A client's private key sent to step 1 of the two-step onboarding waits for step 2 sealed: its request row
 * (FG_ONBOARDING_REQUEST) holds the CSR in clear (the positive control) and no form of the key. Read as in
 * CertificateEncryptionIT: the PostgreSQL row through JDBC, or embedded Derby's files.
 */
class OnboardingRequestEncryptionIT {

    @Test
    void aStepOneRequestHoldsNoPlaintextKey() throws Exception {
        Api.Tenant tenant = Api.newTenant();
        Api.Reply unit = Api.post("/api/v1/egs-units", tenant.key(), Fixtures.exampleEgsUnit("1000"));
        assertEquals(201, unit.status(), unit::toString);
        CsrProfile profile = new CsrProfile(
                "SA",
                "Riyadh Branch",
                "Maximum Speed Tech Supply LTD",
                unit.object().getString("name"),
                "1-TST|2-TST|3-ed22f1d8-e6a2-1118-9b58-d9a8f11e445f",
                "399999999900003",
                "1000",
                "RRRD2929",
                "Supply activities",
                "TSTZATCA-Code-Signing");
        GeneratedCsr csr = CsrFixtures.generate(profile);
        String keyPem = X509Certificates.toPem(csr.keyPair().getPrivate());
        Api.Reply stepOne = Api.post(
                "/api/v1/zatca/production/onboarding/submit",
                tenant.key(),
                Json.createObjectBuilder()
                        .add("csr", csr.pem())
                        .add("private_key", keyPem)
                        .add("organization_name", "Maximum Speed Tech Supply LTD")
                        .add("vat_number", "399999999900003")
                        .build()
                        .toString());
        assertEquals(200, stepOne.status(), stepOne::toString);
        String requestId = stepOne.object().getString("requestID");

        // no CSID here: only the key's needles count
        Map<String, byte[]> secrets = CertificateEncryptionIT.secrets(csr.keyPair(), keyPem, "-", "x".repeat(64));
        secrets.keySet().removeIf(k -> k.startsWith("CSID"));
        String csrLine = csr.pem().lines().skip(2).findFirst().orElseThrow();
        String product = CertificateEncryptionIT.databaseProduct();
        if (product.contains("PostgreSQL")) {
            checkPostgresRow(requestId, csr.pem(), secrets);
        } else if (product.contains("Derby")) {
            checkDerbyFiles(csrLine, secrets);
        } else {
            fail("no at-rest check for database " + product);
        }
    }

    static void checkPostgresRow(String requestId, String csrPem, Map<String, byte[]> secrets) throws Exception {
        String url = "jdbc:postgresql://" + CertificateEncryptionIT.env("FATOORA_DB_HOST", "127.0.0.1") + ":"
                + CertificateEncryptionIT.env("FATOORA_DB_PORT", "5432") + "/"
                + CertificateEncryptionIT.env("FATOORA_DB_NAME", "fatoora");
        try (Connection c = DriverManager.getConnection(
                        url,
                        CertificateEncryptionIT.env("FATOORA_DB_USER", "postgres"),
                        CertificateEncryptionIT.env("FATOORA_DB_PASSWORD", ""));
                var s = c.prepareStatement("SELECT * FROM fg_onboarding_request WHERE requestid = ?")) {
            s.setString(1, requestId);
            try (ResultSet row = s.executeQuery()) {
                assertTrue(row.next(), "request " + requestId);
                assertEquals(csrPem.strip(), row.getString("csrpem").strip(), "the CSR is stored in clear");
                StringBuilder all = new StringBuilder();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    all.append(row.getString(i)).append('\n');
                }
                all.append(new String(
                        Base64.getDecoder().decode(row.getString("sealedkey")), StandardCharsets.ISO_8859_1));
                CertificateEncryptionIT.assertAbsent(
                        "request " + requestId, all.toString().getBytes(StandardCharsets.ISO_8859_1), secrets);
            }
        }
    }

    static void checkDerbyFiles(String csrLine, Map<String, byte[]> secrets) throws Exception {
        Path database =
                Path.of(System.getProperty("it.admin.key.file")).getParent().resolve("derby/fatoora");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(database)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        byte[] control = CertificateEncryptionIT.ascii(csrLine);
        boolean controlFound = false;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            controlFound |= CertificateEncryptionIT.indexOf(bytes, control) >= 0;
            CertificateEncryptionIT.assertAbsent(file.toString(), bytes, secrets);
        }
        assertTrue(controlFound, "the committed CSR must be visible in Derby's files: " + files.size());
    }
}
