package sa.fatoora.gateway.console.entity;

import java.util.List;
import java.util.function.Function;
import sa.fatoora.gateway.egs.entity.AddressData;
import sa.fatoora.gateway.egs.entity.EgsUnitRequest;
import sa.fatoora.gateway.egs.entity.PartyId;
import sa.fatoora.gateway.egs.entity.SellerData;
import sa.fatoora.gateway.egs.entity.SolutionData;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * The console's form for a new EGS unit: the fields of POST /api/v1/egs-units (examples/egs-units), flat, as the
 * browser sends them and as the page shows them again after a refusal. {@link #request()} is the same request the
 * API would bind, so the same validation applies.
 */
public record UnitForm(
        String name,
        String environment,
        String functionality,
        String vatNumber,
        String legalName,
        String otherIdScheme,
        String otherIdValue,
        String street,
        String additionalStreet,
        String buildingNumber,
        String additionalNumber,
        String district,
        String city,
        String postalCode,
        String countryCode,
        String branch,
        String industry,
        String location,
        String solutionName,
        String solutionModel,
        String solutionSerial) {

    /** The schemes of a seller's other id (BR-KSA-08), as the select offers them; "" for none. */
    public static final List<String> SCHEMES = List.of("", "CRN", "MOM", "MLS", "700", "SAG", "OTH");

    public static final List<String> FUNCTIONALITIES = List.of("1100", "1000", "0100");

    /** A text input of the form: its name (also the label's key {@code field.<name>}), value and whether required. */
    public record Field(String name, String value, boolean required) {}

    /** An empty form with the usual choices: sandbox, both document kinds, Saudi address, CRN. */
    public static UnitForm blank() {
        return new UnitForm(
                "", "SANDBOX", "1100", "", "", "CRN", "", "", "", "", "", "", "", "", "SA", "", "", "", "", "", "");
    }

    /** The form as posted: each field by its name, absent ones empty, every value stripped. */
    public static UnitForm of(Function<String, String> posted) {
        Function<String, String> f = name -> {
            String v = posted.apply(name);
            return v == null ? "" : v.strip();
        };
        return new UnitForm(
                f.apply("name"),
                f.apply("environment"),
                f.apply("functionality"),
                f.apply("vatNumber"),
                f.apply("legalName"),
                f.apply("otherIdScheme"),
                f.apply("otherIdValue"),
                f.apply("street"),
                f.apply("additionalStreet"),
                f.apply("buildingNumber"),
                f.apply("additionalNumber"),
                f.apply("district"),
                f.apply("city"),
                f.apply("postalCode"),
                f.apply("countryCode"),
                f.apply("branch"),
                f.apply("industry"),
                f.apply("location"),
                f.apply("solutionName"),
                f.apply("solutionModel"),
                f.apply("solutionSerial"));
    }

    /**
     * The API's request: empty fields are absent (so a required one fails as it would in JSON), an unknown
     * environment is absent too, and the other id exists only when a scheme or a value was given.
     */
    public EgsUnitRequest request() {
        PartyId otherId = otherIdScheme.isEmpty() && otherIdValue.isEmpty()
                ? null
                : new PartyId(absent(otherIdScheme), absent(otherIdValue));
        AddressData address = new AddressData(
                absent(street),
                absent(additionalStreet),
                absent(buildingNumber),
                absent(additionalNumber),
                absent(district),
                absent(city),
                absent(postalCode),
                absent(countryCode));
        return new EgsUnitRequest(
                absent(name),
                environmentOrNull(),
                absent(functionality),
                new SellerData(absent(vatNumber), absent(legalName), otherId, address),
                absent(branch),
                absent(industry),
                absent(location),
                new SolutionData(absent(solutionName), absent(solutionModel), absent(solutionSerial)));
    }

    public List<Field> unitFields() {
        return List.of(
                new Field("name", name, true),
                new Field("branch", branch, true),
                new Field("industry", industry, true),
                new Field("location", location, true));
    }

    public List<Field> sellerFields() {
        return List.of(
                new Field("vatNumber", vatNumber, true),
                new Field("legalName", legalName, true),
                new Field("otherIdValue", otherIdValue, false));
    }

    public List<Field> addressFields() {
        return List.of(
                new Field("street", street, true),
                new Field("additionalStreet", additionalStreet, false),
                new Field("buildingNumber", buildingNumber, true),
                new Field("additionalNumber", additionalNumber, false),
                new Field("district", district, true),
                new Field("city", city, true),
                new Field("postalCode", postalCode, true),
                new Field("countryCode", countryCode, true));
    }

    public List<Field> solutionFields() {
        return List.of(
                new Field("solutionName", solutionName, true),
                new Field("solutionModel", solutionModel, true),
                new Field("solutionSerial", solutionSerial, true));
    }

    public List<String> environments() {
        return java.util.Arrays.stream(ZatcaEnvironment.values())
                .map(Enum::name)
                .toList();
    }

    private ZatcaEnvironment environmentOrNull() {
        for (ZatcaEnvironment e : ZatcaEnvironment.values()) {
            if (e.name().equals(environment)) {
                return e;
            }
        }
        return null;
    }

    private static String absent(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
