package sa.fatoora.gateway.zatca.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OAuthClientSettingsTest {

    @Test
    void readsTheEnvironmentsPropertiesAndNamesWhatIsMissing() {
        Map<String, String> config = Map.of(
                "zatca.simulation.client-id", " gateway ",
                "zatca.simulation.client-secret", "s3cret");
        var settings = OAuthClientSettings.from(
                ZatcaEnvironment.SIMULATION, name -> Optional.ofNullable(config.get(name)), Optional.empty());
        assertEquals("gateway", settings.clientId());
        assertEquals("s3cret", settings.clientSecret());
        assertEquals(java.util.List.of("ZATCA_SIMULATION_TOKEN_URL"), settings.missing());
        assertFalse(settings.toString().contains("s3cret"), "a secret is never printed");

        var complete = OAuthClientSettings.from(
                ZatcaEnvironment.SIMULATION,
                name -> Optional.ofNullable(config.get(name)),
                Optional.of(URI.create("http://localhost/simulator/oauth/token")));
        assertTrue(complete.missing().isEmpty());
    }
}
