package sa.fatoora.gateway.invoice.boundary;

import org.junit.jupiter.api.BeforeAll;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;

/**
 * Base of the invoice ITs that share one fresh tenant and one onboarded SANDBOX unit (1100: both subtypes) per
 * class. Integration test classes run one after the other, so the static fields belong to one class at a time.
 */
abstract class OnboardedUnitTests {

    static Api.Tenant tenant;
    static long unit;

    @BeforeAll
    static void onboardedUnit() {
        tenant = Api.newTenant();
        unit = Fixtures.onboardedEgsUnit(tenant.key(), "1100");
    }
}
