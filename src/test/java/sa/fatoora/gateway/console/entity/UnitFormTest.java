package sa.fatoora.gateway.console.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.bind.JsonbBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.egs.entity.EgsUnitRequest;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/** The console's unit form is the API's request: the example unit, typed into the form, is the example's JSON. */
class UnitFormTest {

    static Map<String, String> example() {
        return Fixtures.exampleUnitForm(" TST-886431145-399999999900003 ");
    }

    @Test
    void theExampleUnitTypedIntoTheFormIsTheExamplesRequest() throws Exception {
        EgsUnitRequest expected;
        try (var jsonb = JsonbBuilder.create()) {
            expected = jsonb.fromJson(
                    Files.readString(Path.of("examples/egs-units/both-1100.json")), EgsUnitRequest.class);
        }
        assertEquals(expected, UnitForm.of(example()::get).request());
    }

    @Test
    void emptyFieldsAreAbsentAsInJson() {
        Map<String, String> f = example();
        f.put("legalName", "  ");
        f.put("otherIdScheme", "");
        f.put("otherIdValue", "");
        f.put("environment", "MOON");
        EgsUnitRequest r = UnitForm.of(f::get).request();
        assertNull(r.seller().legalName(), "blank is missing, so @NotBlank names it");
        assertNull(r.seller().otherId(), "no scheme and no value: no other id at all");
        assertNull(r.environment(), "an unknown environment is missing, so @NotNull names it");
        assertNull(r.seller().address().additionalStreet());
        assertEquals(
                ZatcaEnvironment.SANDBOX, UnitForm.of(example()::get).request().environment());
    }

    @Test
    void aBlankFormOffersTheUsualChoices() {
        UnitForm blank = UnitForm.blank();
        assertEquals("SANDBOX", blank.environment());
        assertEquals("1100", blank.functionality());
        assertEquals("SA", blank.countryCode());
        assertEquals("", UnitForm.of(name -> null).name(), "absent fields are empty, never null");
    }
}
