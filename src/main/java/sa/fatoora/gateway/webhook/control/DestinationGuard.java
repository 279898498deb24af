package sa.fatoora.gateway.webhook.control;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import sa.fatoora.gateway.webhook.entity.Webhook;

/**
 * The SSRF guard for webhook URLs, applied when an endpoint is registered or changed and again before every
 * delivery (a name may resolve elsewhere later). A URL must be absolute {@code https} ({@code http} only when
 * allowed), without user info; every address its host resolves to must be public, or inside one of the allowed
 * networks (an on-premises ERP on a private network is a real case). Internal means loopback, unspecified,
 * link-local (where cloud metadata services answer, 169.254.169.254), private (RFC 1918, IPv6 unique local),
 * carrier-grade NAT, multicast, reserved, or NAT64 (which can reach any of those).
 */
public final class DestinationGuard {

    /** Resolves a host name; the JDK's resolver in production, a table in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final List<Cidr> INTERNAL = List.of(
            Cidr.parse("0.0.0.0/8"),
            Cidr.parse("100.64.0.0/10"),
            Cidr.parse("192.0.0.0/24"),
            Cidr.parse("198.18.0.0/15"),
            Cidr.parse("240.0.0.0/4"),
            Cidr.parse("fc00::/7"),
            Cidr.parse("64:ff9b::/96"),
            Cidr.parse("64:ff9b:1::/48"));

    private final boolean allowHttp;
    private final List<Cidr> allowed;
    private final Resolver resolver;

    public DestinationGuard(boolean allowHttp, List<Cidr> allowed, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowed = List.copyOf(allowed);
        this.resolver = resolver;
    }

    /** The URL parsed and its form checked (no lookup); a clear refusal otherwise. */
    public URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new WebhookRejectedException("/url", "url is required: the https address events are sent to");
        }
        if (url.length() > Webhook.URL_LENGTH) {
            throw new WebhookRejectedException("/url", "url: at most " + Webhook.URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw (WebhookRejectedException) new WebhookRejectedException("/url", "url is not a valid URL").causedBy(e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new WebhookRejectedException("/url", "url must be an absolute https URL");
        }
        if (scheme.equals("http") && !allowHttp) {
            throw new DestinationRefusedException(
                    "url must use https (plain http is allowed only with fatoora.webhooks.allow-http=true)");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new WebhookRejectedException("/url", "url has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new WebhookRejectedException("/url", "url must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new WebhookRejectedException("/url", "url must not have a fragment (#...)");
        }
        return uri;
    }

    /** Parses, resolves and checks every address; answers the URL when it may be called. */
    public URI check(String url) {
        URI uri = parse(url);
        checkDestination(uri);
        return uri;
    }

    public void checkDestination(URI uri) {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw (DestinationRefusedException)
                    new DestinationRefusedException("url: the host " + clip(host) + " does not resolve").causedBy(e);
        }
        for (InetAddress address : addresses) {
            String why = internal(address);
            if (why != null && allowed.stream().noneMatch(n -> n.contains(address))) {
                throw new DestinationRefusedException("url: " + clip(host) + " resolves to " + address.getHostAddress()
                        + ", a " + why + " address; the gateway calls only public addresses unless the network is in"
                        + " fatoora.webhooks.allowed-networks");
            }
        }
    }

    /** Why an address is internal, or null when it is public. */
    static String internal(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local (cloud metadata)";
        }
        if (a.isSiteLocalAddress()) {
            return "private";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        if (a instanceof Inet6Address six && six.isIPv4CompatibleAddress()) {
            return "IPv4-compatible";
        }
        if (a.getAddress().length == 4 && (a.getAddress()[0] & 0xFF) == 255) {
            return "broadcast";
        }
        for (Cidr internal : INTERNAL) {
            if (internal.contains(a)) {
                return "reserved or private";
            }
        }
        return null;
    }

    private static String clip(String v) {
        return v.length() <= 60 ? v : v.substring(0, 60) + "...";
    }
}
