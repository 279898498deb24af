package sa.fatoora.gateway.pdf.entity;

/**
 * PUT body of a branding: {@code logo} base64 of a PNG or JPEG (at most 256 KB, 2000 x 2000 pixels; null: no
 * logo), {@code accentColour} "#RRGGBB" (null: the default), {@code footer} up to 300 characters, and
 * {@code languageOrder} ENGLISH_FIRST (default) or ARABIC_FIRST.
 */
public record BrandingRequest(String logo, String accentColour, String footer, String languageOrder) {}
