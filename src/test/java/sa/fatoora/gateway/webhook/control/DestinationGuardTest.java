package sa.fatoora.gateway.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DestinationGuardTest {

    /** Names resolve from a table, as a DNS answer would; unknown names do not resolve. */
    private static final Map<String, String[]> DNS = Map.of(
            "erp.example.com", new String[] {"203.0.113.10"},
            "rebound.example.com", new String[] {"203.0.113.10", "169.254.169.254"},
            "intranet.example.com", new String[] {"10.1.2.3"});

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] addresses = DNS.get(host);
        if (addresses == null) {
            return InetAddress.getAllByName(host); // IP literals only: no lookup
        }
        InetAddress[] out = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            out[i] = InetAddress.getByName(addresses[i]);
        }
        return out;
    }

    private final DestinationGuard strict = new DestinationGuard(false, List.of(), DestinationGuardTest::resolve);

    @Test
    void aPublicHttpsUrlPasses() {
        assertEquals(
                "erp.example.com",
                strict.check("https://erp.example.com/hooks/zatca?x=1").getHost());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://127.0.0.1/",
                "https://127.0.0.2:8443/",
                "https://[::1]/",
                "https://0.0.0.0/",
                "https://169.254.169.254/latest/meta-data/",
                "https://[fd00:ec2::254]/",
                "https://10.0.0.1/",
                "https://172.16.5.4/",
                "https://192.168.1.1/",
                "https://100.64.0.1/",
                "https://[fe80::1]/",
                "https://224.0.0.1/",
                "https://[64:ff9b::a9fe:a9fe]/",
                "https://[::ffff:127.0.0.1]/",
                "https://rebound.example.com/",
                "https://intranet.example.com/"
            })
    void internalDestinationsAreRefused(String url) {
        DestinationRefusedException e = assertThrows(DestinationRefusedException.class, () -> strict.check(url));
        assertEquals("WEBHOOK_DESTINATION_REFUSED", e.code());
        assertEquals(400, e.status());
    }

    @Test
    void plainHttpOnlyWhenAllowed() {
        assertThrows(DestinationRefusedException.class, () -> strict.check("http://erp.example.com/"));
        DestinationGuard lenient = new DestinationGuard(true, List.of(), DestinationGuardTest::resolve);
        assertEquals("http", lenient.check("http://erp.example.com/").getScheme());
    }

    @Test
    void allowedNetworksLetAnOnPremisesErpThrough() {
        DestinationGuard onPremises =
                new DestinationGuard(false, List.of(Cidr.parse("10.1.0.0/16")), DestinationGuardTest::resolve);
        assertEquals(
                "intranet.example.com",
                onPremises.check("https://intranet.example.com/").getHost());
        assertThrows(DestinationRefusedException.class, () -> onPremises.check("https://10.2.0.1/"));
        assertThrows(DestinationRefusedException.class, () -> onPremises.check("https://169.254.169.254/"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not a url",
                "/relative/path",
                "ftp://erp.example.com/",
                "https://user:pass@erp.example.com/",
                "https://erp.example.com/#frag",
                "https:///nohost"
            })
    void malformedUrlsAreRejected(String url) {
        WebhookRejectedException e = assertThrows(WebhookRejectedException.class, () -> strict.check(url));
        assertEquals("WEBHOOK_INVALID", e.code());
    }

    @Test
    void unresolvableHostsAreRefused() {
        DestinationRefusedException e =
                assertThrows(DestinationRefusedException.class, () -> strict.check("https://no-such-host.invalid/"));
        assertTrue(e.getMessage().contains("does not resolve"), e.getMessage());
    }

    @Test
    void publicAddressesAreNotInternal() throws UnknownHostException {
        assertNull(DestinationGuard.internal(InetAddress.getByName("203.0.113.10")));
        assertNull(DestinationGuard.internal(InetAddress.getByName("2001:4860:4860::8888")));
    }
}
