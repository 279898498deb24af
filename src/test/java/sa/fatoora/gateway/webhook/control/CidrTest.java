package sa.fatoora.gateway.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void matchesItsNetworkOnly() throws UnknownHostException {
        Cidr net = Cidr.parse("10.20.0.0/14");
        assertTrue(net.contains(InetAddress.getByName("10.20.0.1")));
        assertTrue(net.contains(InetAddress.getByName("10.23.255.255")));
        assertFalse(net.contains(InetAddress.getByName("10.24.0.0")));
        assertFalse(net.contains(InetAddress.getByName("::1")));
    }

    @Test
    void aSingleAddressIsItsOwnNetwork() throws UnknownHostException {
        Cidr one = Cidr.parse("127.0.0.1");
        assertTrue(one.contains(InetAddress.getByName("127.0.0.1")));
        assertFalse(one.contains(InetAddress.getByName("127.0.0.2")));
    }

    @Test
    void ipv6Prefixes() throws UnknownHostException {
        Cidr ula = Cidr.parse("fd00::/8");
        assertTrue(ula.contains(InetAddress.getByName("fd12:3456::1")));
        assertFalse(ula.contains(InetAddress.getByName("fe80::1")));
    }

    @Test
    void listsAndRefusals() {
        assertEquals(2, Cidr.parseList(" 10.0.0.0/8 , 192.168.1.0/24 ,").size());
        assertEquals(0, Cidr.parseList("").size());
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("example.com/8"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/x"));
    }
}
