package sa.fatoora.gateway.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardWebhooksTest {

    /**
     * The test vector of the Standard Webhooks reference libraries (github.com/standard-webhooks/standard-webhooks,
     * libraries' tests and the svix README): a receiver using any of them verifies what the gateway signs.
     */
    @Test
    void signsLikeTheReferenceLibraries() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String signature =
                StandardWebhooks.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    @Test
    void newSecretsAreWhsecAnd32RandomBytes() {
        String a = StandardWebhooks.newSecret();
        String b = StandardWebhooks.newSecret();
        assertTrue(a.startsWith("whsec_"), a);
        assertEquals(32, Base64.getDecoder().decode(a.substring(6)).length);
        assertNotEquals(a, b);
    }

    @Test
    void duringARotationBothSecretsSignSpaceSeparated() {
        byte[] current = StandardWebhooks.key(StandardWebhooks.newSecret());
        byte[] previous = StandardWebhooks.key(StandardWebhooks.newSecret());
        String header = StandardWebhooks.signatures(List.of(current, previous), "evt_1", 42L, "{}");
        String[] parts = header.split(" ");
        assertEquals(2, parts.length);
        assertEquals(StandardWebhooks.sign(current, "evt_1", 42L, "{}"), parts[0]);
        assertEquals(StandardWebhooks.sign(previous, "evt_1", 42L, "{}"), parts[1]);
    }

    @Test
    void anyChangeOfIdTimestampOrBodyChangesTheSignature() {
        byte[] key = StandardWebhooks.key(StandardWebhooks.newSecret());
        String base = StandardWebhooks.sign(key, "evt_1", 42L, "{}");
        assertNotEquals(base, StandardWebhooks.sign(key, "evt_2", 42L, "{}"));
        assertNotEquals(base, StandardWebhooks.sign(key, "evt_1", 43L, "{}"));
        assertNotEquals(base, StandardWebhooks.sign(key, "evt_1", 42L, "{ }"));
    }
}
