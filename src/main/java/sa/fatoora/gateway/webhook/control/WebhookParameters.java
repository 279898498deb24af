package sa.fatoora.gateway.webhook.control;

/** The deliveries list's parameters: {@code before} (a delivery id from nextCursor) and {@code limit} 1-200. */
final class WebhookParameters {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private WebhookParameters() {}

    static long before(String before) {
        if (before == null || before.isBlank()) {
            return Long.MAX_VALUE;
        }
        try {
            long n = Long.parseLong(before.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the answer below
        }
        throw new WebhookRejectedException("/before", "before: a cursor from an earlier page's nextCursor");
    }

    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(limit.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the answer below
        }
        throw new WebhookRejectedException("/limit", "limit: a whole number from 1 to " + MAX_LIMIT);
    }
}
