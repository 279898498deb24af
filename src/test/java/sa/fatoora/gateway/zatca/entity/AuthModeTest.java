package sa.fatoora.gateway.zatca.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthModeTest {

    @Test
    void theThreeModesAndWhatEachSends() {
        assertEquals(Optional.of(AuthMode.CSID), AuthMode.parse("csid"));
        assertEquals(Optional.of(AuthMode.OAUTH), AuthMode.parse(" OAuth "));
        assertEquals(Optional.of(AuthMode.OAUTH_AND_CSID), AuthMode.parse("oauth+csid"));
        assertEquals(Optional.empty(), AuthMode.parse("basic"));
        assertEquals(Optional.empty(), AuthMode.parse(null));
        assertTrue(AuthMode.CSID.sendsCsid());
        assertFalse(AuthMode.CSID.sendsBearer());
        assertTrue(AuthMode.OAUTH.sendsBearer());
        assertFalse(AuthMode.OAUTH.sendsCsid(), "oauth sends no CSID");
        assertTrue(AuthMode.OAUTH_AND_CSID.sendsBearer() && AuthMode.OAUTH_AND_CSID.sendsCsid());
    }
}
