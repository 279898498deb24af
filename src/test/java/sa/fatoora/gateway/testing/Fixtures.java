package sa.fatoora.gateway.testing;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import sa.fatoora.gateway.egs.entity.CsrProfile;

/** Request bodies the integration tests share. */
public final class Fixtures {

    private Fixtures() {}

    /**
     * examples/invoices/{name}.json (each reproduces an SDK sample) for a unit, under this invoice number and issued
     * now: the samples' 2022 dates are removed, so simplified documents get a live 24-hour deadline.
     */
    public static String exampleInvoice(String name, long egsUnitId, String invoiceNumber) {
        try (var reader =
                Json.createReader(new StringReader(Files.readString(Path.of("examples/invoices", name + ".json"))))) {
            return Json.createObjectBuilder(reader.readObject())
                    .remove("issueDate")
                    .remove("issueTime")
                    .add("id", invoiceNumber)
                    .add("egsUnitId", egsUnitId)
                    .build()
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #exampleInvoice(String, long, String)} under a fresh invoice number. */
    public static String exampleInvoice(String name, long egsUnitId) {
        return exampleInvoice(name, egsUnitId, "IT-" + UUID.randomUUID());
    }

    /** An EGS unit of the SDK samples' seller (Data/Input/csr-config-example-EN.properties), SANDBOX, 1100. */
    public static String egsUnit(String name) {
        return """
                {"name": "%s", "environment": "SANDBOX", "functionality": "1100",
                 "seller": {"vatNumber": "399999999900003", "legalName": "Maximum Speed Tech Supply LTD",
                            "otherId": {"scheme": "CRN", "value": "1010010000"},
                            "address": {"street": "Prince Sultan", "buildingNumber": "2322",
                                        "district": "Al-Murabba", "city": "Riyadh", "postalCode": "23333",
                                        "countryCode": "SA"}},
                 "branch": "Riyadh Branch", "industry": "Supply activities", "location": "RRRD2929",
                 "solution": {"name": "TST", "model": "TST", "serial": "ed22f1d8-e6a2-1118-9b58-d9a8f11e445f"}}
                """
                .formatted(name);
    }

    /**
     * The example unit of a functionality (examples/egs-units: standard-1000, simplified-0100, both-1100; SANDBOX,
     * the SDK samples' seller) under a unique name, as a request body.
     */
    public static String exampleEgsUnit(String functionality) {
        String file =
                switch (functionality) {
                    case "1000" -> "standard-1000.json";
                    case "0100" -> "simplified-0100.json";
                    case "1100" -> "both-1100.json";
                    default -> throw new IllegalArgumentException("functionality " + functionality);
                };
        try {
            String json = Files.readString(Path.of("examples/egs-units", file));
            var unit = Json.createObjectBuilder(
                    Json.createReader(new StringReader(json)).readObject());
            unit.add("name", "IT-" + functionality + "-" + UUID.randomUUID());
            return unit.build().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the example unit of a functionality for the tenant and answers its id. */
    public static long createdEgsUnit(String apiKey, String functionality) {
        Api.Reply r = Api.post("/api/v1/egs-units", apiKey, exampleEgsUnit(functionality));
        if (r.status() != 201) {
            throw new AssertionError("EGS unit creation failed: " + r);
        }
        return r.object().getJsonNumber("id").longValue();
    }

    /**
     * An EGS unit onboarded against the built-in simulator (POST /api/v1/egs-units/{id}/onboarding with a fresh
     * OTP): it has an ACTIVE production certificate and signs for its functionality (1000, 0100 or 1100).
     */
    public static long onboardedEgsUnit(String apiKey, String functionality) {
        long id = createdEgsUnit(apiKey, functionality);
        Api.Reply r =
                Api.post("/api/v1/egs-units/" + id + "/onboarding", apiKey, "{\"otp\":\"" + Simulator.otp() + "\"}");
        if (r.status() != 200) {
            throw new AssertionError("onboarding failed: " + r);
        }
        return id;
    }

    /**
     * The console's form for a new unit (console.entity.UnitForm's field names) filled as
     * examples/egs-units/both-1100.json, under this name.
     */
    public static java.util.Map<String, String> exampleUnitForm(String name) {
        java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("name", name);
        f.put("environment", "SANDBOX");
        f.put("functionality", "1100");
        f.put("vatNumber", "399999999900003");
        f.put("legalName", "Maximum Speed Tech Supply LTD");
        f.put("otherIdScheme", "CRN");
        f.put("otherIdValue", "1010010000");
        f.put("street", "Prince Sultan");
        f.put("buildingNumber", "2322");
        f.put("district", "Al-Murabba");
        f.put("city", "Riyadh");
        f.put("postalCode", "23333");
        f.put("countryCode", "SA");
        f.put("branch", "Riyadh Branch");
        f.put("industry", "Supply activities");
        f.put("location", "RRRD2929");
        f.put("solutionName", "TST");
        f.put("solutionModel", "TST");
        f.put("solutionSerial", "ed22f1d8-e6a2-1118-9b58-d9a8f11e445f");
        return f;
    }

    /** The subject and SAN of an examples/egs-units unit of this name, as EgsUnit.csrProfile makes them. */
    public static CsrProfile exampleCsrProfile(String unitName, String functionality) {
        return new CsrProfile(
                "SA",
                "Riyadh Branch",
                "Maximum Speed Tech Supply LTD",
                unitName,
                "1-TST|2-TST|3-ed22f1d8-e6a2-1118-9b58-d9a8f11e445f",
                "399999999900003",
                functionality,
                "RRRD2929",
                "Supply activities",
                "TSTZATCA-Code-Signing");
    }
}
