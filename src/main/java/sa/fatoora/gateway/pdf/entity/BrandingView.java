package sa.fatoora.gateway.pdf.entity;

import java.time.Instant;

/**
 * A branding as answered: where it applies (the tenant's when egsUnitId is null), the logo's type and size (the logo
 * itself is not repeated), and whether these are the defaults because nothing was stored.
 */
public record BrandingView(
        Long egsUnitId,
        boolean defaults,
        String logoType,
        Integer logoBytes,
        String accentColour,
        String footer,
        LanguageOrder languageOrder,
        Instant updatedAt) {

    public static BrandingView of(Branding b) {
        return new BrandingView(
                b.getEgsUnitId(),
                false,
                b.getLogoType(),
                b.getLogo() == null ? null : b.getLogo().length,
                colour(b.getAccentColour()),
                b.getFooter(),
                b.getLanguageOrder(),
                b.getUpdatedAt());
    }

    public static BrandingView defaults(Long egsUnitId) {
        PdfLook d = PdfLook.DEFAULT;
        return new BrandingView(egsUnitId, true, null, null, colour(d.accent()), null, d.order(), null);
    }

    public static String colour(int rgb) {
        return String.format("#%06X", rgb & 0xFFFFFF);
    }
}
