package sa.fatoora.gateway.pdf.entity;

/**
 * How a PDF looks: the logo (a validated PNG or JPEG, or null), the accent colour as 0xRRGGBB, the footer text (or
 * null) and the language order. {@link #DEFAULT} when neither the unit nor the tenant has branding.
 */
public record PdfLook(byte[] logo, int accent, String footer, LanguageOrder order) {

    public static final int DEFAULT_ACCENT = 0x1F5F8B;
    public static final PdfLook DEFAULT = new PdfLook(null, DEFAULT_ACCENT, null, LanguageOrder.ENGLISH_FIRST);

    public PdfLook withOrder(LanguageOrder other) {
        return other == null ? this : new PdfLook(logo, accent, footer, other);
    }
}
