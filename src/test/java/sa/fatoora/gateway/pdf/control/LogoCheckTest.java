package sa.fatoora.gateway.pdf.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.pdf.entity.LanguageOrder;

/** Logos are PNG or JPEG by their bytes, small, decodable; colours, footers and language orders are checked. */
class LogoCheckTest {

    static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void pngAndJpegAreTaken() throws Exception {
        assertEquals("image/png", LogoCheck.check(b64(image("png", 200, 80))).type());
        assertEquals("image/jpeg", LogoCheck.check(b64(image("jpg", 200, 80))).type());
    }

    @Test
    void svgTextTooLargeTooWideDamagedAndNonBase64AreRefused() throws Exception {
        byte[] png = image("png", 200, 80);
        for (String bad : new String[] {
            b64("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes()),
            b64("GIF89a....".getBytes()),
            b64(new byte[300 * 1024]),
            b64(image("png", 2001, 10)),
            b64(Arrays.copyOf(png, png.length / 2)),
            "%%% not base64",
            ""
        }) {
            BrandingRejectedException e = assertThrows(BrandingRejectedException.class, () -> LogoCheck.check(bad));
            assertEquals("BRANDING_REJECTED", e.code());
            assertEquals(400, e.status());
        }
    }

    @Test
    void coloursFootersAndOrders() {
        assertEquals(0x1F5F8B, Brandings.colour("#1f5f8b"));
        assertThrows(BrandingRejectedException.class, () -> Brandings.colour("#FFFF00"));
        assertThrows(BrandingRejectedException.class, () -> Brandings.colour("blue"));
        assertThrows(BrandingRejectedException.class, () -> Brandings.footer("x".repeat(301)));
        assertEquals(LanguageOrder.ARABIC_FIRST, Brandings.order("arabic-first"));
        assertEquals(LanguageOrder.ENGLISH_FIRST, Brandings.order(null));
        assertThrows(BrandingRejectedException.class, () -> Brandings.order("KLINGON"));
    }
}
