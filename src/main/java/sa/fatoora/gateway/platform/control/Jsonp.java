package sa.fatoora.gateway.platform.control;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code jakarta.json.Json}'s static methods look the provider up on
 * every call: a ServiceLoader run and a {@code Class.forName} that fails inside Liberty's class loaders, with an
 * exception and its stack trace each time (measured: 1.8-3.6 % of the server's CPU under load, each time it crept
 * back into a per-invoice path; docs/benchmarks.md). ArchitectureTest keeps those static methods out of the code.
 */
public final class Jsonp {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {}
}
