package sa.fatoora.gateway.invoice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Problems;

/**
 * The policy gate over HTTP: a refused action answers 422 before anything is looked up, signed or stored. Every cell
 * of the table is unit-tested (ZatcaPolicyServiceTest); this proves the gate sits in front of the pipeline.
 */
class InvoicePolicyIT {

    /** A SIMULATION unit (registered only: the refusal must come before any certificate is needed). */
    private static long simulationUnit(String apiKey) {
        String sandbox = Fixtures.exampleEgsUnit("1100");
        JsonObject unit;
        try (var reader = Json.createReader(new StringReader(sandbox))) {
            unit = Json.createObjectBuilder(reader.readObject())
                    .add("environment", "SIMULATION")
                    .build();
        }
        Api.Reply r = Api.post("/api/v1/egs-units", apiKey, unit.toString());
        assertEquals(201, r.status(), r::toString);
        return r.object().getJsonNumber("id").longValue();
    }

    @Test
    void aRefusedActionFailsFastNamingEnvironmentDocumentAndTheAllowedAction() {
        Api.Tenant tenant = Api.newTenant();
        long unit = simulationUnit(tenant.key());
        for (String[] refused : new String[][] {
            {"standard-invoice", "reporting", "reporting of a standard tax invoice (388)", "allowed: clearance"},
            {"simplified-credit-note", "clearance", "clearance of a simplified credit note (381)", "allowed: reporting"
            },
            {
                "standard-debit-note",
                "clearance-and-reporting",
                "clearance followed by reporting of a standard debit note (383)",
                "allowed: clearance"
            }
        }) {
            Api.Reply r = Api.send(Api.request("/api/v1/invoices?action=" + refused[1], tenant.key())
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Invoices.example(refused[0], unit)))
                    .build());
            JsonObject problem = Problems.assertProblem(r, 422, "ZATCA_POLICY_VIOLATION");
            String detail = problem.getString("detail");
            assertTrue(detail.contains("SIMULATION"), detail);
            assertTrue(detail.contains(refused[2]), detail);
            assertTrue(detail.endsWith(refused[3]), detail);
        }
        // nothing was stored
        Api.Reply list = Api.get("/api/v1/invoices?egsUnitId=" + unit, tenant.key());
        assertEquals(0, list.object().getJsonNumber("total").longValue(), list::toString);
        // the allowed action goes past the gate and stops only at the missing certificate: the refusal came first
        Api.Reply allowed = Invoices.issue(tenant.key(), Invoices.example("standard-invoice", unit));
        Problems.assertProblem(allowed, 409, "NO_ACTIVE_CERTIFICATE");
    }

    @Test
    void aRequestRefusedBeforeSigningTakesNoChainPosition() {
        Api.Tenant tenant = Api.newTenant();
        long unit = Fixtures.onboardedEgsUnit(tenant.key(), "1100");
        JsonObject invalid;
        try (var reader = Json.createReader(new StringReader(Invoices.example("simplified-invoice", unit)))) {
            invalid = Json.createObjectBuilder(reader.readObject())
                    .add("lines", Json.createArrayBuilder())
                    .build();
        }
        Problems.assertProblem(Invoices.issue(tenant.key(), invalid.toString()), 400, "VALIDATION_FAILED");
        Api.Reply badAction = Api.send(Api.request("/api/v1/invoices?action=archive", tenant.key())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Invoices.example("simplified-invoice", unit)))
                .build());
        Problems.assertProblem(badAction, 400, "VALIDATION_FAILED");
        Api.Reply first = Invoices.issue(tenant.key(), Invoices.example("simplified-invoice", unit));
        assertEquals(201, first.status(), first::toString);
        assertEquals(1, first.object().getJsonNumber("icv").longValue(), "refused requests took no ICV");
    }

    @Test
    void sandboxAllowsTheMixedFlowAndAReportingRefusalNeverUndoesTheClearance() {
        Api.Tenant tenant = Api.newTenant();
        long unit = Fixtures.onboardedEgsUnit(tenant.key(), "1100");
        Api.Reply r = Api.send(Api.request("/api/v1/invoices?action=clearance-and-reporting", tenant.key())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Invoices.example("standard-invoice", unit)))
                .build());
        assertEquals(201, r.status(), r::toString);
        JsonObject invoice = Invoices.get(tenant.key(), Invoices.id(r));
        assertEquals("CLEARED", invoice.getString("status"));
        assertEquals("CLEARANCE_AND_REPORTING", invoice.getString("action"));
        var submissions = invoice.getJsonArray("submissions");
        assertEquals(2, submissions.size(), submissions::toString);
        assertEquals("CLEARANCE", submissions.getJsonObject(0).getString("route"));
        // the simulator, like ZATCA, refuses to report a standard document while clearance is on: recorded, and
        // the clearance stands
        JsonObject report = submissions.getJsonObject(1);
        assertEquals("REPORTING", report.getString("route"));
        assertEquals(400, report.getInt("httpStatus"), report::toString);
    }
}
