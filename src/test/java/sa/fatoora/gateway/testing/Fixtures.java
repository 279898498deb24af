package sa.fatoora.gateway.testing;

/** Request bodies the integration tests share. */
public final class Fixtures {

    private Fixtures() {}

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
}
