package sa.fatoora.gateway.validation.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Entry names of an uploaded rule pack: which are unsafe, and which name a file the pack keeps. Nothing is ever
 * written to disk, but a name that could climb out of a folder says the zip was made to attack something, so the
 * whole zip is refused even when that entry would only have been skipped. Names are only compared as strings.
 */
final class RulePackPaths {

    /** A kept file: where its {@code Data/} folder sits and its path below it. */
    record Kept(String dataRoot, String path) {}

    private static final int SHOWN_NAME_CHARS = 200;

    private RulePackPaths() {}

    /** What makes {@code name} unsafe, or null when it is a plain relative path. */
    static String unsafe(String name) {
        if (name.isEmpty()) {
            return "is empty";
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return "contains a control character";
            }
        }
        if (name.startsWith("/")) {
            return "is an absolute path";
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && isAsciiLetter(name.charAt(0))) {
            return "starts with a drive letter";
        }
        // anywhere else a colon is a Windows stream name or a drive letter further in
        if (name.indexOf(':') >= 0) {
            return "contains a colon";
        }
        if (name.indexOf('\\') >= 0) {
            return "contains a backslash";
        }
        String[] segments = name.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals("..")) {
                return "contains a '..' segment";
            }
            // '.' and '//' are harmless alone but let two names mean one file
            if (segments[i].equals(".")) {
                return "contains a '.' segment";
            }
            boolean directorySlash = i == segments.length - 1 && segments.length > 1;
            if (segments[i].isEmpty() && !directorySlash) {
                return "contains an empty segment";
            }
        }
        return null;
    }

    /**
     * The kept file {@code name} stands for, or empty when it is skipped. Kept: {@code Rules/Schematrons/*.xsl},
     * {@code Schemas/**}{@code /*.xsd} and {@code Samples/**}{@code /*.xml} below a {@code Data/} folder at the root
     * or under one top folder. Skipped: directories, hidden files ({@code .DS_Store}, {@code ._} AppleDouble files
     * that would pass for XML) and macOS's {@code __MACOSX/} copy, which would otherwise look like a second root.
     */
    static Optional<Kept> kept(String name) {
        if (name.endsWith("/")) {
            return Optional.empty();
        }
        String[] segments = name.split("/");
        if (segments[0].equals("__MACOSX") || segments[segments.length - 1].startsWith(".")) {
            return Optional.empty();
        }
        if (segments.length >= 2 && segments[0].equals("Data") && keeps(segments, 1)) {
            return Optional.of(new Kept("Data/", join(segments, 1)));
        }
        if (segments.length >= 3 && segments[1].equals("Data") && keeps(segments, 2)) {
            return Optional.of(new Kept(segments[0] + "/Data/", join(segments, 2)));
        }
        return Optional.empty();
    }

    /** {@code name} fit for a message: control characters escaped, long names cut. */
    static String shown(String name) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < name.length() && i < SHOWN_NAME_CHARS; i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        if (name.length() > SHOWN_NAME_CHARS) {
            shown.append("...");
        }
        return "\"" + shown + "\"";
    }

    private static boolean keeps(String[] segments, int from) {
        String[] path = Arrays.copyOfRange(segments, from, segments.length);
        String file = path[path.length - 1].toLowerCase(Locale.ROOT);
        return switch (path[0]) {
            case "Rules" -> path.length == 3 && path[1].equals("Schematrons") && file.endsWith(".xsl");
            case "Schemas" -> path.length >= 2 && file.endsWith(".xsd");
            case "Samples" -> path.length >= 2 && file.endsWith(".xml");
            default -> false;
        };
    }

    private static String join(String[] segments, int from) {
        return String.join("/", Arrays.copyOfRange(segments, from, segments.length));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
