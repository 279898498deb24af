package sa.fatoora.gateway.certificate.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sa.fatoora.gateway.platform.control.DataFolder;
import sa.fatoora.gateway.platform.control.ServiceUnavailableException;

class KeyVaultTest {

    static final byte[] PLAIN = "-----BEGIN PRIVATE KEY-----\nsecret\n".getBytes(StandardCharsets.UTF_8);
    static final String PURPOSE = "FG_CERTIFICATE/1/unit/2/private-key";

    @TempDir
    Path dir;

    KeyVault vault(Optional<String> configured, boolean embedded) {
        KeyVault vault = new KeyVault();
        vault.configured = configured;
        vault.embedded = embedded;
        vault.dataFolder = DataFolder.at(dir);
        vault.resolve();
        return vault;
    }

    KeyVault configured() {
        return vault(Optional.of(MasterKey.generateBase64()), false);
    }

    @Test
    void roundTripWithAFreshNonceEachTime() {
        KeyVault vault = configured();
        byte[] a = vault.encrypt(PLAIN, PURPOSE);
        byte[] b = vault.encrypt(PLAIN, PURPOSE);
        assertArrayEquals(PLAIN, vault.decrypt(a, PURPOSE));
        assertArrayEquals(PLAIN, vault.decrypt(b, PURPOSE));
        assertFalse(Arrays.equals(a, b), "same plaintext, different nonce, different ciphertext");
        assertEquals(MasterKey.VERSION, a[0]);
        assertEquals(1 + 12 + PLAIN.length + 16, a.length);
        assertArrayEquals(PLAIN, vault.open(vault.seal(PLAIN, PURPOSE), PURPOSE));
    }

    @Test
    void everyTamperedByteIsDetected() {
        KeyVault vault = configured();
        byte[] sealed = vault.encrypt(PLAIN, PURPOSE);
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThrows(KeyDecryptionException.class, () -> vault.decrypt(tampered, PURPOSE), "byte " + i);
        }
        assertThrows(
                KeyDecryptionException.class, () -> vault.decrypt(Arrays.copyOf(sealed, sealed.length - 1), PURPOSE));
        assertThrows(KeyDecryptionException.class, () -> vault.decrypt(new byte[5], PURPOSE));
    }

    @Test
    void aCiphertextBoundToAnotherRowOrFieldDoesNotOpen() {
        KeyVault vault = configured();
        byte[] sealed = vault.encrypt(PLAIN, PURPOSE);
        var e = assertThrows(
                KeyDecryptionException.class, () -> vault.decrypt(sealed, "FG_CERTIFICATE/3/unit/2/private-key"));
        assertEquals("KEY_DECRYPTION_FAILED", e.code());
        assertThrows(KeyDecryptionException.class, () -> vault.decrypt(sealed, "FG_CERTIFICATE/1/unit/2/csid-secret"));
    }

    @Test
    void anotherMasterKeyCannotOpenIt() {
        byte[] sealed = configured().encrypt(PLAIN, PURPOSE);
        var e = assertThrows(KeyDecryptionException.class, () -> configured().decrypt(sealed, PURPOSE));
        assertTrue(e.getMessage().contains("FATOORA_MASTER_KEY"), e.getMessage());
    }

    @Test
    void aKeyOfTheWrongLengthIsRejectedWithAClearReasonAndNoKeyMaterial() {
        String sixteen = Base64.getEncoder().encodeToString(new byte[16]);
        KeyVault vault = vault(Optional.of(sixteen), true);
        String reason = vault.unavailableReason().orElseThrow();
        assertTrue(reason.contains("exactly 32 bytes") && reason.contains("decodes to 16"), reason);
        assertFalse(reason.contains(sixteen), reason);
        var e = assertThrows(ServiceUnavailableException.class, () -> vault.encrypt(PLAIN, PURPOSE));
        assertEquals("MASTER_KEY_INVALID", e.code());
        assertEquals(503, e.status());
        assertFalse(Files.exists(dir.resolve(KeyVault.FILE)), "a configured key, even a bad one, is not replaced");

        assertTrue(vault(Optional.of("not base64!"), false)
                .unavailableReason()
                .orElseThrow()
                .contains("not base64"));
    }

    @Test
    void withoutAKeyOutsideTheEmbeddedRunEveryOperationNamesTheVariable() {
        KeyVault vault = vault(Optional.of("  "), false);
        var e = assertThrows(ServiceUnavailableException.class, () -> vault.encrypt(PLAIN, PURPOSE));
        assertEquals("MASTER_KEY_MISSING", e.code());
        assertTrue(e.getMessage().contains("FATOORA_MASTER_KEY"), e.getMessage());
        assertThrows(ServiceUnavailableException.class, () -> vault.decrypt(new byte[40], PURPOSE));
        assertTrue(vault.unavailableReason().orElseThrow().contains("FATOORA_MASTER_KEY"));
        assertFalse(Files.exists(dir.resolve(KeyVault.FILE)));
    }

    @Test
    void theEmbeddedRunGeneratesOneOwnerOnlyKeyAndKeepsItAcrossRestarts() throws Exception {
        KeyVault first = vault(Optional.empty(), true);
        assertTrue(first.unavailableReason().isEmpty());
        Path file = dir.resolve(KeyVault.FILE);
        assertEquals(32, Base64.getDecoder().decode(Files.readString(file).strip()).length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        byte[] sealed = first.encrypt(PLAIN, PURPOSE);

        KeyVault afterRestart = vault(Optional.empty(), true);
        assertArrayEquals(PLAIN, afterRestart.decrypt(sealed, PURPOSE));
    }

    @Test
    void theConfiguredKeyWinsOverTheDataFolder() {
        KeyVault generated = vault(Optional.empty(), true);
        byte[] sealed = generated.encrypt(PLAIN, PURPOSE);
        KeyVault configured = vault(Optional.of(MasterKey.generateBase64()), true);
        assertThrows(KeyDecryptionException.class, () -> configured.decrypt(sealed, PURPOSE));
    }
}
