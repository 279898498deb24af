package sa.fatoora.gateway.pdf.control;

import java.math.BigDecimal;

/**
 * Amounts as printed (the PDF, the console): the document's value, grouped by thousands, at least two decimals;
 * other text unchanged.
 */
public final class Amounts {

    private Amounts() {}

    public static String display(String amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            return amount;
        }
        if (value.scale() < 2) {
            value = value.setScale(2);
        }
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder(plain.length() + 8);
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        if (dot >= 0) {
            grouped.append(plain, dot, plain.length());
        }
        return value.signum() < 0 ? "-" + grouped : grouped.toString();
    }

    /** A quantity without the trailing zeros of its decimals ("2.000000" is printed 2): the same value, shorter. */
    static String quantity(String quantity) {
        if (quantity == null) {
            return "";
        }
        try {
            BigDecimal value = new BigDecimal(quantity.strip()).stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
        } catch (NumberFormatException e) {
            return quantity;
        }
    }
}
