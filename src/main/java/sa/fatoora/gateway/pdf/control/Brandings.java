package sa.fatoora.gateway.pdf.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import sa.fatoora.gateway.pdf.entity.Branding;
import sa.fatoora.gateway.pdf.entity.BrandingRequest;
import sa.fatoora.gateway.pdf.entity.BrandingView;
import sa.fatoora.gateway.pdf.entity.LanguageOrder;
import sa.fatoora.gateway.pdf.entity.PdfLook;
import sa.fatoora.gateway.platform.control.Transactions;

/**
 * Branding per tenant and per unit: the unit's wins over the tenant's, which wins over the defaults. Everything is
 * checked before anything is stored; a refused request changes nothing. Callers check that the unit is the tenant's.
 */
@ApplicationScoped
public class Brandings {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    /** The look for a unit's PDFs (egsUnitId null: the tenant's). */
    public PdfLook look(Long tenantId, Long egsUnitId) {
        Optional<Branding> unit = egsUnitId == null ? Optional.empty() : find(tenantId, egsUnitId);
        return unit.or(() -> find(tenantId, null)).map(Branding::look).orElse(PdfLook.DEFAULT);
    }

    public BrandingView view(Long tenantId, Long egsUnitId) {
        return find(tenantId, egsUnitId).map(BrandingView::of).orElseGet(() -> BrandingView.defaults(egsUnitId));
    }

    public BrandingView put(Long tenantId, Long egsUnitId, BrandingRequest request) {
        if (request == null) {
            throw new BrandingRejectedException("", "A branding body is required");
        }
        LogoCheck.Logo logo =
                request.logo() == null || request.logo().isBlank() ? null : LogoCheck.check(request.logo());
        int accent = colour(request.accentColour());
        String footer = footer(request.footer());
        LanguageOrder order = order(request.languageOrder());
        return transactions.required(() -> {
            Branding b = find(tenantId, egsUnitId).orElseGet(() -> {
                Branding created = new Branding(tenantId, egsUnitId);
                em.persist(created);
                return created;
            });
            b.update(
                    logo == null ? null : logo.bytes(),
                    logo == null ? null : logo.type(),
                    accent,
                    footer,
                    order,
                    clock.instant());
            em.flush();
            return BrandingView.of(b);
        });
    }

    /** Back to the next level's branding (the tenant's, or the defaults). */
    public void delete(Long tenantId, Long egsUnitId) {
        transactions.required(() -> find(tenantId, egsUnitId).ifPresent(em::remove));
    }

    private Optional<Branding> find(Long tenantId, Long egsUnitId) {
        var query = egsUnitId == null
                ? em.createNamedQuery(Branding.FOR_TENANT, Branding.class)
                : em.createNamedQuery(Branding.FOR_UNIT, Branding.class).setParameter("egsUnitId", egsUnitId);
        return query.setParameter("tenantId", tenantId).getResultStream().findFirst();
    }

    static int colour(String value) {
        if (value == null || value.isBlank()) {
            return PdfLook.DEFAULT_ACCENT;
        }
        String v = value.strip();
        if (!v.matches("#[0-9A-Fa-f]{6}")) {
            throw new BrandingRejectedException("/accentColour", "The accent colour must be #RRGGBB, e.g. #1F5F8B");
        }
        int rgb = Integer.parseInt(v.substring(1), 16);
        int r = rgb >> 16;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        // white text is printed on the accent: a light accent would make headings unreadable
        if (0.299 * r + 0.587 * g + 0.114 * b > 160) {
            throw new BrandingRejectedException(
                    "/accentColour", "The accent colour is too light for the white headings printed on it");
        }
        return rgb;
    }

    static String footer(String footer) {
        if (footer == null || footer.isBlank()) {
            return null;
        }
        String f = footer.strip();
        if (f.length() > Branding.MAX_FOOTER) {
            throw new BrandingRejectedException(
                    "/footer", "The footer has " + f.length() + " characters; at most " + Branding.MAX_FOOTER);
        }
        return f;
    }

    public static LanguageOrder order(String value) {
        if (value == null || value.isBlank()) {
            return LanguageOrder.ENGLISH_FIRST;
        }
        String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (v) {
            case "ENGLISH_FIRST", "EN_FIRST", "EN" -> LanguageOrder.ENGLISH_FIRST;
            case "ARABIC_FIRST", "AR_FIRST", "AR" -> LanguageOrder.ARABIC_FIRST;
            default -> throw new BrandingRejectedException(
                    "/languageOrder", "The language order must be ENGLISH_FIRST or ARABIC_FIRST");
        };
    }
}
