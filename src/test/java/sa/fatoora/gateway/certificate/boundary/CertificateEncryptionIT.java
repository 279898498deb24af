package sa.fatoora.gateway.certificate.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.certificate.control.CertificateFixtures;
import sa.fatoora.gateway.testing.Api;

/**
 * Encryption at rest, checked where the bytes really are. The server owns its database, so the test reads it the
 * way an attacker with a copy would: on PostgreSQL (CI's second pass) the FG_CERTIFICATE row through JDBC with the
 * server's FATOORA_DB_* settings; on embedded Derby, which only the server process may open, the database files
 * themselves (Derby forces its transaction log to disk at every commit, so a committed row is in those files). In
 * both cases a positive control, the public certificate stored in clear in the same row, proves the search sees
 * the row; then neither the private key (PEM text, PKCS#8 DER, raw scalar in binary, hex or base64) nor the CSID
 * secret or token may appear anywhere.
 */
class CertificateEncryptionIT {

    @Test
    void theDatabaseHoldsNoPlaintextKeyOrCsid() throws Exception {
        Api.Tenant tenant = Api.newTenant();
        long unit = Uploads.newUnit(tenant);
        KeyPair pair = CertificateFixtures.ec("secp256k1");
        String certificatePem =
                CertificateFixtures.pem(CertificateFixtures.certificate(pair.getPublic(), Duration.ofDays(90)));
        String keyPem = CertificateFixtures.pkcs8(pair);
        String secret = "csid-secret-" + UUID.randomUUID();
        Api.Reply r =
                Api.post("/api/v1/certificates", tenant.key(), Uploads.body(unit, certificatePem, keyPem, secret));
        assertEquals(201, r.status(), r::toString);
        long id = Uploads.id(r.object());

        String base64Der = pemBody(certificatePem);
        Map<String, byte[]> secrets = secrets(pair, keyPem, secret, base64Der);
        String product = databaseProduct();
        if (product.contains("PostgreSQL")) {
            checkPostgresRow(id, base64Der, secrets);
        } else if (product.contains("Derby")) {
            checkDerbyFiles(base64Der, secrets);
        } else {
            fail("no at-rest check for database " + product);
        }
    }

    static Map<String, byte[]> secrets(KeyPair pair, String keyPem, String secret, String base64Der) {
        BigInteger d = ((ECPrivateKey) pair.getPrivate()).getS();
        byte[] scalar = fixed32(d);
        String token = Base64.getEncoder().encodeToString(base64Der.getBytes(StandardCharsets.US_ASCII));
        Map<String, byte[]> needles = new java.util.HashMap<>(Map.of(
                "PEM body", ascii(pemBody(keyPem).substring(0, 48)),
                "PKCS#8 DER", pair.getPrivate().getEncoded(),
                "raw scalar", scalar,
                "hex scalar", ascii(HexFormat.of().formatHex(scalar)),
                "HEX scalar", ascii(HexFormat.of().withUpperCase().formatHex(scalar)),
                "CSID secret", ascii(secret),
                "CSID token", ascii(token.substring(0, 48))));
        needles.putAll(base64Cores(scalar));
        return needles;
    }

    /**
     * The scalar inside any base64 text (a stored PKCS#8 or SEC1 key in any layout): its encoding depends on where
     * it falls in a 3-byte group, so take each of the three alignments, keep the characters that come from the
     * scalar's bytes only, and search 16-character pieces (a PEM line break can fall inside one of them, not both).
     */
    static Map<String, byte[]> base64Cores(byte[] scalar) {
        Map<String, byte[]> cores = new java.util.HashMap<>();
        for (int shift = 0; shift < 3; shift++) {
            byte[] shifted = new byte[shift + scalar.length];
            System.arraycopy(scalar, 0, shifted, shift, scalar.length);
            String text = Base64.getEncoder().encodeToString(shifted);
            String core = text.substring(shift == 0 ? 0 : 4, text.length() - 4);
            cores.put("base64 scalar (alignment " + shift + ", part 1)", ascii(core.substring(0, 16)));
            cores.put("base64 scalar (alignment " + shift + ", part 2)", ascii(core.substring(16, 32)));
        }
        return cores;
    }

    static void checkPostgresRow(long id, String base64Der, Map<String, byte[]> secrets) throws Exception {
        String url = "jdbc:postgresql://" + env("FATOORA_DB_HOST", "127.0.0.1") + ":" + env("FATOORA_DB_PORT", "5432")
                + "/" + env("FATOORA_DB_NAME", "fatoora");
        try (Connection c = DriverManager.getConnection(
                        url, env("FATOORA_DB_USER", "postgres"), env("FATOORA_DB_PASSWORD", ""));
                var s = c.prepareStatement("SELECT * FROM fg_certificate WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet row = s.executeQuery()) {
                assertTrue(row.next(), "row " + id);
                assertEquals(base64Der, row.getString("certificate"), "the public certificate is stored in clear");
                StringBuilder all = new StringBuilder();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    all.append(row.getString(i)).append('\n');
                }
                for (String column : List.of("privatekeycipher", "csidtokencipher", "csidsecretcipher")) {
                    byte[] sealed = Base64.getDecoder().decode(row.getString(column));
                    assertEquals(1, sealed[0], column + ": version byte");
                    all.append(new String(sealed, StandardCharsets.ISO_8859_1)).append('\n');
                }
                assertAbsent("row " + id, all.toString().getBytes(StandardCharsets.ISO_8859_1), secrets);
            }
        }
    }

    static void checkDerbyFiles(String base64Der, Map<String, byte[]> secrets) throws IOException {
        Path database =
                Path.of(System.getProperty("it.admin.key.file")).getParent().resolve("derby/fatoora");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(database)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        byte[] control = ascii(base64Der.substring(base64Der.length() / 2, base64Der.length() / 2 + 64));
        boolean controlFound = false;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            controlFound |= indexOf(bytes, control) >= 0;
            assertAbsent(file.toString(), bytes, secrets);
        }
        assertTrue(controlFound, "the committed certificate must be visible in Derby's files: " + files.size());
    }

    static void assertAbsent(String where, byte[] haystack, Map<String, byte[]> secrets) {
        List<String> found = new ArrayList<>();
        secrets.forEach((name, needle) -> {
            if (indexOf(haystack, needle) >= 0) {
                found.add(name);
            }
        });
        assertFalse(!found.isEmpty(), () -> where + " holds in clear: " + found);
    }

    static String databaseProduct() {
        return Api.get("/health/ready", null).object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database"))
                .findFirst()
                .orElseThrow()
                .getJsonObject("data")
                .getString("product");
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String pemBody(String pem) {
        return pem.lines().filter(l -> !l.startsWith("-----")).reduce("", String::concat);
    }

    static byte[] fixed32(BigInteger d) {
        byte[] raw = d.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(32, raw.length);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
