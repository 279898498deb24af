package sa.fatoora.gateway.platform.entity;

import java.util.regex.Pattern;

/**
 * A Saudi VAT registration number: 15 digits that start and end with 3 (BR-KSA-39/40; the CSR's UID, the seller's
 * and the buyer's {@code PartyTaxScheme/CompanyID}). The one place the rule is written.
 */
public final class VatNumber {

    /** The rule as a regular expression, for Bean Validation's {@code @Pattern}. */
    public static final String REGEX = "3\\d{13}3";

    public static final String RULE = "15 digits starting and ending with 3";

    public static final Pattern PATTERN = Pattern.compile(REGEX);

    private VatNumber() {}

    public static boolean valid(String text) {
        return text != null && PATTERN.matcher(text).matches();
    }
}
