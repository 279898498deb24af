package sa.fatoora.gateway.pdf.control;

import java.text.Bidi;

/**
 * Logical text to the order a PDF draws it, left to right: Arabic shaped first (joining depends on logical
 * neighbours), then the Unicode bidi algorithm (the JDK's {@link Bidi}) reorders the runs, reverses right-to-left
 * ones and mirrors their brackets. Numbers and Latin words inside Arabic stay left to right.
 */
public final class VisualText {

    private VisualText() {}

    /** True when the paragraph's first strong character is right-to-left (such text is right-aligned). */
    public static boolean rightToLeft(String logical) {
        for (int i = 0; i < logical.length(); i++) {
            byte d = Character.getDirectionality(logical.charAt(i));
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    public static String of(String logical) {
        if (logical.isEmpty() || !Bidi.requiresBidi(logical.toCharArray(), 0, logical.length())) {
            return logical;
        }
        String shaped = ArabicShaper.shape(logical);
        Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return shaped;
        }
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            order[r] = r;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        StringBuilder out = new StringBuilder(shaped.length());
        for (int r : order) {
            int start = bidi.getRunStart(r);
            int limit = bidi.getRunLimit(r);
            if ((bidi.getRunLevel(r) & 1) == 1) {
                for (int i = limit - 1; i >= start; i--) {
                    out.append(mirror(shaped.charAt(i)));
                }
            } else {
                out.append(shaped, start, limit);
            }
        }
        return out.toString();
    }

    private static char mirror(char c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> c;
        };
    }
}
