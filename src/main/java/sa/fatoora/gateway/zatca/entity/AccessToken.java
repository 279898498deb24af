package sa.fatoora.gateway.zatca.entity;

/**
 * An OAuth access token with its timing, in epoch milliseconds. It is used until {@code usableUntil}: the expiry
 * minus a buffer (60 s, but at most half the lifetime, so that short-lived tokens stay useful), which covers clock
 * skew and the time a request spends in flight. A token in use is refreshed in the background at
 * {@code refreshAt}, four fifths of the way to {@code usableUntil}, so that no caller waits in steady state.
 * Never printed: {@link #toString()} hides the value.
 */
public record AccessToken(String value, long expiresAt, long usableUntil, long refreshAt) {

    public static AccessToken issued(String value, long expiresInSeconds, long nowMillis, long bufferSeconds) {
        long lifetime = Math.max(0, expiresInSeconds) * 1000;
        long buffer = Math.min(Math.max(0, bufferSeconds) * 1000, lifetime / 2);
        long usable = lifetime - buffer;
        return new AccessToken(value, nowMillis + lifetime, nowMillis + usable, nowMillis + usable * 4 / 5);
    }

    public boolean usableAt(long nowMillis) {
        return nowMillis < usableUntil;
    }

    @Override
    public String toString() {
        return "AccessToken[***, expiresAt=" + expiresAt + "]";
    }
}
