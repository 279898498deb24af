package sa.fatoora.gateway.certificate.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.certificate.control.CertificateStore;
import sa.fatoora.gateway.certificate.entity.CertificateEventView;
import sa.fatoora.gateway.certificate.entity.CertificateUpload;
import sa.fatoora.gateway.certificate.entity.CertificateView;
import sa.fatoora.gateway.certificate.entity.Revocation;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

@Path("api/v1/certificates")
@Tag(name = "Certificates", description = "EGS units' certificates: upload, history, revocation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificatesResource {

    static final String EXAMPLE =
            """
            {"egsUnitId": 1,
             "certificate": "-----BEGIN CERTIFICATE-----\\n(base64 of the certificate)\\n-----END CERTIFICATE-----",
             "privateKey": "-----BEGIN EC PRIVATE KEY-----\\n(base64 of the key)\\n-----END EC PRIVATE KEY-----",
             "csidSecret": "the secret ZATCA issued with this certificate (optional)"}""";

    @Inject
    CertificateStore store;

    @Inject
    CurrentTenant tenant;

    @POST
    @Operation(
            summary = "Upload a certificate and its private key for an EGS unit",
            description = "The key must belong to the certificate (EC: same curve and point; RSA: same modulus and"
                    + " exponent) and the certificate must be valid now; ZATCA signing needs EC secp256k1. The new"
                    + " certificate becomes ACTIVE and the unit's previous one REVOKED (superseded). The key is"
                    + " stored encrypted and never returned.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "upload", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Stored and ACTIVE; answers its metadata")
    @APIResponse(
            responseCode = "400",
            description = "CERT_KEY_MISMATCH, INVALID_KEY_FORMAT, UNSUPPORTED_KEY_TYPE, CERT_NOT_VALID,"
                    + " INVALID_CERTIFICATE or invalid fields; nothing is stored")
    @APIResponse(responseCode = "404", description = "No such EGS unit for this tenant")
    @APIResponse(responseCode = "503", description = "MASTER_KEY_MISSING: no FATOORA_MASTER_KEY configured")
    public Response upload(@Valid @NotNull CertificateUpload upload) {
        CertificateView view = store.upload(
                tenant.id(), upload.egsUnitId(), upload.certificate(), upload.privateKey(), upload.csidSecret());
        return Response.created(URI.create("api/v1/certificates/" + view.id()))
                .entity(view)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One certificate's metadata")
    @APIResponse(responseCode = "200", description = "The certificate (never its key or CSID)")
    @APIResponse(responseCode = "404", description = "No such certificate for this tenant")
    public CertificateView get(@PathParam("id") Long id) {
        return store.get(tenant.id(), id);
    }

    @GET
    @Path("{id}/events")
    @Operation(summary = "A certificate's audit trail: stored, revoked, expired, expiry warnings")
    @APIResponse(responseCode = "200", description = "The events, oldest first")
    @APIResponse(responseCode = "404", description = "No such certificate for this tenant")
    public List<CertificateEventView> events(@PathParam("id") Long id) {
        return store.events(tenant.id(), id);
    }

    @POST
    @Path("{id}/revocation")
    @Operation(
            summary = "Take a certificate out of use",
            description = "The gateway stops signing with it; ZATCA is not told. Revoking twice changes nothing.")
    @APIResponse(responseCode = "200", description = "Revoked; answers the certificate")
    @APIResponse(responseCode = "404", description = "No such certificate for this tenant")
    public CertificateView revoke(@PathParam("id") Long id, @Valid Revocation revocation) {
        store.revoke(tenant.id(), id, revocation == null ? null : revocation.reason());
        return store.get(tenant.id(), id);
    }

    @DELETE
    @Path("{id}")
    @Operation(
            summary = "Revoke a certificate (it stays in the history)",
            description = "Same as POST /api/v1/certificates/{id}/revocation without a reason.")
    @APIResponse(responseCode = "200", description = "Revoked; answers the certificate")
    @APIResponse(responseCode = "404", description = "No such certificate for this tenant")
    public CertificateView delete(@PathParam("id") Long id) {
        return revoke(id, null);
    }
}
