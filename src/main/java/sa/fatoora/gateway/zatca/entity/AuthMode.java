package sa.fatoora.gateway.zatca.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * How calls to one environment authenticate ({@code zatca.<env>.auth}). {@code csid}: ZATCA's own way, the EGS
 * unit's CSID as HTTP Basic. {@code oauth}: only an OAuth bearer for an API gateway that supplies the rest.
 * {@code oauth+csid}: the bearer in Authorization and the CSID's Basic in a configurable header.
 */
public enum AuthMode {
    CSID("csid"),
    OAUTH("oauth"),
    OAUTH_AND_CSID("oauth+csid");

    private final String text;

    AuthMode(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public boolean sendsBearer() {
        return this != CSID;
    }

    public boolean sendsCsid() {
        return this != OAUTH;
    }

    public static Optional<AuthMode> parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (AuthMode mode : values()) {
            if (mode.text.equals(v)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
