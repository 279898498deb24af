package sa.fatoora.gateway.pdf.control;

import java.util.List;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.platform.entity.FieldError;

/** A branding that can't be stored: a logo that is not a PNG or JPEG, too large, a bad colour or language order. */
public class BrandingRejectedException extends ValidationFailedException {

    public BrandingRejectedException(String pointer, String message) {
        super("BRANDING_REJECTED", message, List.of(new FieldError(pointer, message)));
    }
}
