package sa.fatoora.gateway.pdf.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import sa.fatoora.gateway.pdf.entity.Branding;

/**
 * A logo is taken only as a PNG or JPEG (by its signature, not by what the client says), at most 256 KB and 2000
 * pixels a side (read from the header before any pixel is decoded), and it must decode completely. SVG is refused:
 * PDFBox draws no SVG, and rendering one safely would need a whole SVG engine.
 */
public final class LogoCheck {

    public static final int MAX_SIDE = 2000;

    /** A checked logo: its bytes and type ("image/png" or "image/jpeg"). */
    public record Logo(byte[] bytes, String type) {}

    private LogoCheck() {}

    public static Logo check(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new BrandingRejectedException("/logo", "The logo is not valid base64").causedBy(e);
        }
        if (bytes.length == 0) {
            throw new BrandingRejectedException("/logo", "The logo is empty");
        }
        if (bytes.length > Branding.MAX_LOGO_BYTES) {
            throw new BrandingRejectedException(
                    "/logo",
                    "The logo has " + bytes.length + " bytes; at most " + Branding.MAX_LOGO_BYTES + " are taken");
        }
        String type = type(bytes);
        if (type == null) {
            throw new BrandingRejectedException(
                    "/logo", "The logo must be a PNG or JPEG image (SVG and other formats are not taken)");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new BrandingRejectedException("/logo", "The logo can't be read as " + type);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                    throw new BrandingRejectedException(
                            "/logo",
                            "The logo is " + width + " x " + height + " pixels; at most " + MAX_SIDE + " a side");
                }
                if (reader.read(0) == null) {
                    throw new BrandingRejectedException("/logo", "The logo can't be decoded");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BrandingRejectedException rejected) {
                throw rejected;
            }
            throw new BrandingRejectedException("/logo", "The logo is damaged: it can't be decoded as " + type);
        }
        return new Logo(bytes, type);
    }

    private static String type(byte[] b) {
        if (b.length > 8
                && (b[0] & 0xFF) == 0x89
                && b[1] == 'P'
                && b[2] == 'N'
                && b[3] == 'G'
                && b[4] == 0x0D
                && b[5] == 0x0A
                && b[6] == 0x1A
                && b[7] == 0x0A) {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }
}
