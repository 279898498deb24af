package sa.fatoora.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The built-in simulator's admin controls for integration tests (SimulatorAdminResource): fresh one-time OTPs,
 * scripted faults per call, behaviour switches. Faults and switches are global: tests that set them reset them.
 */
public final class Simulator {

    /** The environment path segment of SANDBOX units (ZatcaEnvironment.SANDBOX). */
    public static final String SANDBOX = "developer-portal";

    private Simulator() {}

    /** A fresh OTP, valid once (the sandbox's 123345 is reusable, so tests that care about OTPs mint their own). */
    public static String otp() {
        Api.Reply r = Api.post("/simulator/admin/otps", Api.ADMIN_KEY, "{\"environment\":\"" + SANDBOX + "\"}");
        assertEquals(200, r.status(), r::toString);
        return r.object().getString("otp");
    }

    /**
     * The next requests of one call answer these steps in order, then normally.
     *
     * @param call  compliance, compliance-invoices, production-csids (POST and PATCH), reporting, clearance
     * @param steps e.g. {@code "500"}, {@code "drop"}, {@code "delay:3000"}, {@code "ok"}
     */
    /** The Fatoora client makes each call up to three times (once, then two retries: FatooraGuard's @Retry). */
    public static final int ATTEMPTS_PER_CALL = 3;

    /** One call that fails with this fault on every attempt the client makes, so the caller sees it. */
    public static String[] outage(String fault) {
        String[] steps = new String[ATTEMPTS_PER_CALL];
        java.util.Arrays.fill(steps, fault);
        return steps;
    }

    public static void script(String call, String... steps) {
        String json = "[\"" + String.join("\",\"", steps) + "\"]";
        Api.Reply r = Api.post(
                "/simulator/admin/faults", Api.ADMIN_KEY, "{\"call\":\"" + call + "\",\"script\":" + json + "}");
        assertEquals(204, r.status(), r::toString);
    }

    public static void clearFaults() {
        assertEquals(204, Api.delete("/simulator/admin/faults", Api.ADMIN_KEY).status());
    }

    /** ZATCA answering renewals with 428: the compliance checks must pass again. */
    public static void renewalRequiresCompliance(boolean required) {
        Api.Reply r = Api.post(
                "/simulator/admin/behaviour", Api.ADMIN_KEY, "{\"renewalRequiresCompliance\":" + required + "}");
        assertEquals(200, r.status(), r::toString);
    }

    public static void normalBehaviour() {
        assertEquals(
                204, Api.delete("/simulator/admin/behaviour", Api.ADMIN_KEY).status());
    }
}
