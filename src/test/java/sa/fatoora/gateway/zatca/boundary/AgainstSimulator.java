package sa.fatoora.gateway.zatca.boundary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Server;

/** What every issue 5 IT starts from: the application up, a tenant of its own, and no simulator fault left over. */
abstract class AgainstSimulator {

    @BeforeAll
    static void applicationStarted() {
        Server.awaitStarted();
    }

    final Api.Tenant tenant = Api.newTenant();

    @AfterEach
    void noFaultsLeft() {
        Zatca.clearFaults();
    }
}
