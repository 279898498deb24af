package sa.fatoora.gateway.invoice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Problems;

/** Another tenant's documents and units don't exist for a caller: 404, never listed. */
class InvoiceTenancyIT {

    @Test
    void anotherTenantsDocumentIsNotFoundAnywhere() {
        Api.Tenant owner = Api.newTenant();
        Api.Tenant other = Api.newTenant();
        long unit = Fixtures.onboardedEgsUnit(owner.key(), "0100");
        Api.Reply issued = Invoices.issue(owner.key(), Invoices.example("simplified-invoice", unit));
        assertEquals(201, issued.status(), issued::toString);
        long id = Invoices.id(issued);

        for (String path : new String[] {"", "/xml", "/qr"}) {
            Problems.assertProblem(Api.get(Invoices.PATH + "/" + id + path, other.key()), 404, "NOT_FOUND");
        }
        Api.Reply list = Api.get(Invoices.PATH + "?egsUnitId=" + unit, other.key());
        assertEquals(0, list.object().getJsonNumber("total").longValue(), list::toString);
        Problems.assertProblem(
                Invoices.issue(other.key(), Invoices.example("simplified-invoice", unit)), 404, "NOT_FOUND");

        Api.Reply own = Api.get(Invoices.PATH + "?egsUnitId=" + unit, owner.key());
        assertEquals(1, own.object().getJsonNumber("total").longValue(), own::toString);
        Problems.assertProblem(Api.get(Invoices.PATH + "/" + id, null), 401, "UNAUTHORIZED");
    }
}
