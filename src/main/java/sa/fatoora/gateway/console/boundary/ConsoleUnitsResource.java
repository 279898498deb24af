package sa.fatoora.gateway.console.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import sa.fatoora.gateway.console.control.ConsoleUnits;
import sa.fatoora.gateway.console.control.Texts;
import sa.fatoora.gateway.console.entity.ConsoleSession;
import sa.fatoora.gateway.console.entity.PageError;
import sa.fatoora.gateway.console.entity.UnitForm;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;

/**
 * The console's EGS unit pages (README "Console"): the list with the form for a new unit, and one unit with its
 * onboarding (an OTP, then each compliance step and ZATCA's answer), renewal, and certificates (serial, issuer,
 * validity, whether the stored key matches) with their revocation. Every change is what the REST API offers, done by
 * the same controls; a refusal shows on the page with the API's problem and status, and changes nothing.
 */
@Path("console/units")
public class ConsoleUnitsResource extends ConsolePage {

    static final String UNIT = "{unit: [0-9]{1,18}}";

    @Inject
    ConsoleUnits units;

    @Operation(hidden = true)
    @GET
    @Produces("text/html")
    public Response list(@QueryParam("lang") String lang, @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, lang, s -> listPage(200, s, UnitForm.blank(), null));
    }

    @Operation(hidden = true)
    @POST
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return change(id, form, origin, s -> {
            UnitForm unit = UnitForm.of(form::getFirst);
            try {
                return redirect(
                        "console/units/" + units.create(s.tenantId(), unit).id());
            } catch (RuntimeException e) {
                PageError error = PageError.of(refusal(e));
                return listPage(error.status(), s, unit, error);
            }
        });
    }

    @Operation(hidden = true)
    @GET
    @Path(UNIT)
    @Produces("text/html")
    public Response unit(
            @PathParam("unit") Long unit,
            @QueryParam("lang") String lang,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, lang, s -> unitPage(s, unit, null));
    }

    /** Onboarding (a unit without an active certificate) or renewal (one with a production CSID), with an OTP. */
    @Operation(hidden = true)
    @POST
    @Path(UNIT + "/{run: onboarding|renewal}")
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(
            @PathParam("unit") Long unit,
            @PathParam("run") String run,
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return change(
                id,
                form,
                origin,
                s -> done(s, unit, () -> {
                    if (run.equals("renewal")) {
                        units.renew(s.tenantId(), unit, form.getFirst("otp"));
                    } else {
                        units.onboard(s.tenantId(), unit, form.getFirst("otp"));
                    }
                }));
    }

    @Operation(hidden = true)
    @POST
    @Path(UNIT + "/certificates/{certificate: [0-9]{1,18}}/revocation")
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(
            @PathParam("unit") Long unit,
            @PathParam("certificate") Long certificate,
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return change(
                id,
                form,
                origin,
                s -> done(s, unit, () -> units.revoke(s.tenantId(), unit, certificate, form.getFirst("reason"))));
    }

    /**
     * A refused change is shown at the form's URL, so its language links (?lang=) come back to that URL with a GET:
     * the language is switched and the unit's page shown.
     */
    @Operation(hidden = true)
    @GET
    @Path(UNIT + "/{change: onboarding|renewal|certificates/[0-9]{1,18}/revocation}")
    public Response afterChange(
            @PathParam("unit") Long unit,
            @QueryParam("lang") String lang,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, lang, s -> redirect("console/units/" + unit));
    }

    /** After the change, the unit's page (post/redirect/get); a refusal shows on it with the problem's status. */
    private Response done(ConsoleSession s, Long unit, Runnable change) {
        try {
            change.run();
            return redirect("console/units/" + unit);
        } catch (RuntimeException e) {
            return unitPage(s, unit, PageError.of(refusal(e)));
        }
    }

    private Response listPage(int status, ConsoleSession s, UnitForm form, PageError error) {
        Map<String, Object> p = new HashMap<>();
        p.put("units", units.list(s.tenantId(), Texts.of(s.language())));
        p.put("form", form);
        p.put("error", error);
        return page(status, "units.jte", s, p);
    }

    private Response unitPage(ConsoleSession s, Long unit, PageError error) {
        try {
            Map<String, Object> p = new HashMap<>();
            p.put("d", units.detail(s.tenantId(), unit, Texts.of(s.language())));
            p.put("error", error);
            return page(error == null ? 200 : error.status(), "unit.jte", s, p);
        } catch (ResourceNotFoundException e) {
            return page(404, "notfound.jte", s, Map.of("back", "units"));
        }
    }
}
