package sa.fatoora.gateway.tenant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void keysCarry256RandomBitsBehindARecognisablePrefix() {
        String key = ApiKeys.generate();
        assertTrue(key.startsWith("fgw_"));
        assertEquals(32, Base64.getUrlDecoder().decode(key.substring(4)).length);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(ApiKeys.generate()), "no repeats");
        }
    }

    @Test
    void hashIsStableHexSha256AndNeverTheKey() {
        String key = ApiKeys.generate();
        String hash = ApiKeys.hash(key);
        assertEquals(64, hash.length());
        assertEquals(hash, ApiKeys.hash(key));
        assertNotEquals(hash, ApiKeys.hash(key + "x"));
        assertFalse(hash.contains(key.substring(4, 12)));
        // SHA-256("abc"), FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeys.hash("abc"));
    }

    @Test
    void displayPrefixIsShort() {
        assertEquals(10, ApiKeys.displayPrefix(ApiKeys.generate()).length());
    }

    @Test
    void matchesComparesWholeSecrets() {
        assertTrue(ApiKeys.matches("secret-1", "secret-1"));
        assertFalse(ApiKeys.matches("secret-1", "secret-2"));
        assertFalse(ApiKeys.matches("secret", "secret-1"));
        assertFalse(ApiKeys.matches(null, "x"));
        assertFalse(ApiKeys.matches("x", null));
    }
}
