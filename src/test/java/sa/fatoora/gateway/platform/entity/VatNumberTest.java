package sa.fatoora.gateway.platform.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VatNumberTest {

    @Test
    void fifteenDigitsStartingAndEndingWithThree() {
        assertTrue(VatNumber.valid("399999999900003"));
        assertFalse(VatNumber.valid("39999999990000"), "14 digits");
        assertFalse(VatNumber.valid("3999999999000033"), "16 digits");
        assertFalse(VatNumber.valid("299999999900003"), "starts with 2");
        assertFalse(VatNumber.valid("399999999900002"), "ends with 2");
        assertFalse(VatNumber.valid("3999999999O0003"), "a letter O");
        assertFalse(VatNumber.valid("٣٩٩٩٩٩٩٩٩٩٠٠٠٠٣"), "Arabic-Indic digits are not \\d here");
        assertFalse(VatNumber.valid(null));
    }
}
