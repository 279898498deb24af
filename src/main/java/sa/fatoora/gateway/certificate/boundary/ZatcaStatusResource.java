package sa.fatoora.gateway.certificate.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.certificate.control.CertificateStore;
import sa.fatoora.gateway.egs.control.EgsUnitService;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.tenant.control.CurrentTenant;
import sa.fatoora.gateway.zatca.control.CsidSource;
import sa.fatoora.gateway.zatca.control.ZatcaStatusService;
import sa.fatoora.gateway.zatca.entity.UnitCertificate;
import sa.fatoora.gateway.zatca.entity.ZatcaStatus;

/** ZATCA's connection status; here, above the EGS units and their certificates it reports on. */
@Path("api/v1/zatca")
@Tag(name = "ZATCA", description = "The connection to ZATCA's Fatoora platform")
@Produces(MediaType.APPLICATION_JSON)
public class ZatcaStatusResource {

    static final String EXAMPLE =
            """
            {"connected": true, "environment": "SANDBOX", "egs_unit_id": 41,
             "target": "https://gw-fatoora.zatca.gov.sa/e-invoicing/developer-portal/", "built_in_simulator": false,
             "auth_mode": "csid",
             "certificate": {"present": true, "subject": "CN=TST-886431145-399999999900003, O=..., C=SA",
                             "expiry": "2027-11-21T08:00:00Z"},
             "connectivity": {"has_certificate": true, "real_connectivity": true,
                              "last_successful_ping": "2026-11-21T09:30:00Z", "error_message": null,
                              "checked_at": "2026-11-21T09:30:00Z", "checked_with": "csid"},
             "oauth": null}""";

    @Inject
    ZatcaStatusService status;

    @Inject
    EgsUnitService units;

    @Inject
    CertificateStore store;

    @Inject
    CurrentTenant tenant;

    @GET
    @Path("status")
    @Operation(
            summary = "Connection status to ZATCA",
            description = "For the EGS unit's environment (egsUnitId) or the default one (zatca.default-environment). "
                    + "real_connectivity comes from a real authenticated round trip without side effects (a "
                    + "reporting call with an empty body, which ZATCA rejects before recording anything), made at "
                    + "most once per zatca.status.probe-interval-seconds; checked_with names the credentials it "
                    + "carried. target says plainly when it is the built-in simulator.")
    @APIResponse(
            responseCode = "200",
            description = "The status",
            content = @Content(examples = @ExampleObject(name = "status", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such EGS unit for this tenant")
    public ZatcaStatus get(@QueryParam("egsUnitId") Long egsUnitId) {
        Long tenantId = tenant.id();
        if (egsUnitId == null) {
            return status.status(status.defaultEnvironment());
        }
        EgsUnit unit = units.find(tenantId, egsUnitId);
        Long id = unit.getId();
        return status.status(
                unit.getEnvironment(),
                id,
                store.active(id).map(v -> new UnitCertificate(v.subject(), v.notAfter())),
                () -> productionCsid(id));
    }

    /** The active certificate's CSID; none (an uploaded certificate without secret) checks without one. */
    private CsidSource productionCsid(Long egsUnitId) {
        try {
            return store.productionCsid(egsUnitId);
        } catch (GatewayException e) {
            return null;
        }
    }
}
