package sa.fatoora.gateway.console.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A download's Content-Disposition with the invoice number as its name: an ASCII fallback (anything else becomes
 * '_', quotes and backslashes too) and the exact name in RFC 5987 form, so a number holding quotes or Arabic can't
 * break the header.
 */
final class ContentDisposition {

    private ContentDisposition() {}

    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String exact = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }
}
