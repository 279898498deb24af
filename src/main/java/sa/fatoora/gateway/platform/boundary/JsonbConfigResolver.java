package sa.fatoora.gateway.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import sa.fatoora.gateway.platform.control.StrictBooleanDeserializer;

/**
 * One JSON-B configuration for the whole API: unknown fields are an error (a typo must not be silently ignored),
 * decimals are bounded before they are parsed (BoundedDecimalDeserializer), text holds no control characters
 * (PlainTextDeserializer) and flags are true or false (StrictBooleanDeserializer).
 */
@Provider
public class JsonbConfigResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(false)
            .withDeserializers(
                    new BoundedDecimalDeserializer(), new PlainTextDeserializer(), new StrictBooleanDeserializer())
            // Yasson (Liberty's JSON-B) names this property; JSON-B 3.0 has no standard switch for it
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
