package sa.fatoora.gateway.pdf.control;

/**
 * Arabic letters to their joined presentation forms (Unicode's Arabic Presentation Forms-B), in logical order: what
 * ICU4J's {@code ArabicShaping(LETTERS_SHAPE | LENGTH_GROW_SHRINK)} does for the basic Arabic block, without its
 * 14 MB jar (the tests check this class against ICU). Lam followed by an alef becomes one ligature; marks (harakat)
 * are transparent to joining and stay as they are; letters outside U+0621..U+064A are left alone.
 */
public final class ArabicShaper {

    private static final char FIRST = '\u0621';
    private static final char LAST = '\u064A';
    private static final char TATWEEL = '\u0640';
    private static final char LAM = '\u0644';

    /** Per letter U+0621..U+064A: presentation form base (0: no forms), and the number of forms (1, 2 or 4). */
    private static final char[] BASE = new char[LAST - FIRST + 1];

    private static final byte[] FORMS = new byte[LAST - FIRST + 1];

    static {
        // letters with only isolated and final forms (they never join the next letter); ء has only an isolated one
        String rightJoining = "\u0622\u0623\u0624\u0625\u0627\u0629\u062F\u0630\u0631\u0632\u0648\u0649";
        char next = '\uFE80';
        for (char c = FIRST; c <= LAST; c++) {
            if (c >= '\u063B' && c <= TATWEEL) {
                continue; // not in Presentation Forms-B (tatweel joins but keeps its one form)
            }
            int forms = c == FIRST ? 1 : rightJoining.indexOf(c) >= 0 ? 2 : 4;
            BASE[c - FIRST] = next;
            FORMS[c - FIRST] = (byte) forms;
            next += (char) forms;
        }
    }

    private ArabicShaper() {}

    /** True when the text holds a letter this class shapes. */
    public static boolean hasArabic(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                return true;
            }
        }
        return false;
    }

    public static String shape(String text) {
        if (!hasArabic(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u064B' && c <= '\u0652') {
                out.append(tashkeel(c, joinsForward(previous(text, i)), following(text, i), text));
                continue;
            }
            if (!shapeable(c) || c == FIRST) {
                // hamza has one form, which ICU leaves as it is; letters beyond the basic block join their
                // neighbours (see joinsForward) but keep their code point, as ICU does
                out.append(c);
                continue;
            }
            boolean joinsPrevious = joinsForward(previous(text, i));
            int next = following(text, i);
            if (c == LAM && next >= 0 && isAlef(text.charAt(next))) {
                out.append(lamAlef(text.charAt(next), joinsPrevious));
                // keep the marks between lam and alef, skip the alef
                out.append(text, i + 1, next);
                i = next;
                continue;
            }
            boolean joinsNext = FORMS[c - FIRST] == 4 && next >= 0 && joinsBackward(text.charAt(next));
            int form =
                    FORMS[c - FIRST] == 1 ? 0 : joinsPrevious && joinsNext ? 3 : joinsPrevious ? 1 : joinsNext ? 2 : 0;
            if (!joinsPrevious && form == 1) {
                form = 0;
            }
            out.append((char) (BASE[c - FIRST] + form));
        }
        return out.toString();
    }

    /**
     * Harakat as ICU writes them: their spacing presentation form, the medial (tatweel) one inside a joined word
     * where there is one, else the isolated one.
     */
    private static char tashkeel(char c, boolean joinedBefore, int next, String text) {
        boolean inside = joinedBefore && next >= 0 && joinsBackward(text.charAt(next));
        char isolated = (char) (c == '\u064B' ? 0xFE70 : 0xFE72 + 2 * (c - '\u064C'));
        boolean hasMedial = c == '\u064B' || c >= '\u064E';
        return inside && hasMedial ? (char) (isolated + 1) : isolated;
    }

    private static boolean shapeable(char c) {
        return c >= FIRST && c <= LAST && BASE[c - FIRST] != 0;
    }

    private static boolean isAlef(char c) {
        return c == '\u0622' || c == '\u0623' || c == '\u0625' || c == '\u0627';
    }

    private static char lamAlef(char alef, boolean joinsPrevious) {
        char base =
                switch (alef) {
                    case '\u0622' -> '\uFEF5';
                    case '\u0623' -> '\uFEF7';
                    case '\u0625' -> '\uFEF9';
                    default -> '\uFEFB';
                };
        return joinsPrevious ? (char) (base + 1) : base;
    }

    /** Harakat and other marks: ignored when deciding joins. */
    private static boolean transparent(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
    }

    /** The previous non-transparent character's index, or -1. */
    private static char previous(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!transparent(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return 0;
    }

    private static int following(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (!transparent(text.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    /** The character joins the one after it: a dual-joining letter or tatweel. */
    private static boolean joinsForward(char c) {
        return c == TATWEEL || (shapeable(c) && FORMS[c - FIRST] == 4) || extendedDual(c);
    }

    /** The character joins the one before it: any letter with a final form, or tatweel. */
    private static boolean joinsBackward(char c) {
        return c == TATWEEL || (shapeable(c) && FORMS[c - FIRST] >= 2) || extendedDual(c) || extendedRight(c);
    }

    /** Dual-joining letters beyond the basic block (Unicode's ArabicShaping.txt): Persian yeh, keheh, peh, ... */
    private static boolean extendedDual(char c) {
        return c == '\u066E'
                || c == '\u066F'
                || (c >= '\u0678' && c <= '\u0687')
                || (c >= '\u069A' && c <= '\u06BF')
                || c == '\u06C1'
                || c == '\u06C2'
                || c == '\u06CC'
                || c == '\u06CE'
                || c == '\u06D0'
                || c == '\u06D1'
                || (c >= '\u06FA' && c <= '\u06FC')
                || c == '\u06FF';
    }

    /** Right-joining letters beyond the basic block: alef wasla, ddal, jeh, yeh barree, ... */
    private static boolean extendedRight(char c) {
        return (c >= '\u0671' && c <= '\u0673')
                || (c >= '\u0675' && c <= '\u0677')
                || (c >= '\u0688' && c <= '\u0699')
                || c == '\u06C0'
                || (c >= '\u06C3' && c <= '\u06CB')
                || c == '\u06CD'
                || c == '\u06CF'
                || c == '\u06D2'
                || c == '\u06D3'
                || c == '\u06D5'
                || c == '\u06EE'
                || c == '\u06EF';
    }
}
