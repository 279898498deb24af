package sa.fatoora.gateway.validation.control;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import sa.fatoora.gateway.validation.control.RulePackRejectedException.Reason;
import sa.fatoora.gateway.validation.entity.RulePackFiles;

/**
 * Which kept file plays which part. The EN schematron is told by its file name ({@code CEN-EN16931}) because ZATCA's
 * copy of it mentions BR-KSA rules too; the KSA schematron is the other one whose name says ZATCA or whose content
 * has BR-KSA rules, so a renamed file is still found. A part found twice is refused rather than guessed.
 */
final class RulePackRoles {

    private static final String SCHEMATRONS = "Rules/Schematrons/";
    private static final String INVOICE_SCHEMA = "UBL-Invoice-2.1.xsd";
    private static final byte[] KSA_RULE = "BR-KSA".getBytes(StandardCharsets.US_ASCII);

    private RulePackRoles() {}

    static RulePackFiles identify(String dataRoot, SortedMap<String, byte[]> files, int skippedEntries) {
        return identify(
                dataRoot,
                files,
                skippedEntries,
                "The zip",
                " below a Data/ folder at its root or under one top folder");
    }

    /** @param holder what holds the files, for messages ("The zip", "The folder ...") */
    static RulePackFiles identify(
            String dataRoot, SortedMap<String, byte[]> files, int skippedEntries, String holder, String where) {
        List<String> schematrons = files.keySet().stream()
                .filter(path -> path.startsWith(SCHEMATRONS))
                .toList();
        List<String> en = schematrons.stream().filter(RulePackRoles::isEn).toList();
        List<String> ksa = schematrons.stream()
                .filter(path -> !isEn(path) && isKsa(path, files.get(path)))
                .toList();
        List<String> schemas = files.keySet().stream()
                .filter(path -> path.startsWith("Schemas/") && fileName(path).equals(INVOICE_SCHEMA))
                .toList();
        List<String> samples = files.keySet().stream()
                .filter(path -> path.startsWith("Samples/"))
                .toList();
        return RulePackFiles.of(
                dataRoot,
                files,
                one(holder, where, en, "the EN 16931 schematron (" + SCHEMATRONS + "*CEN-EN16931*.xsl)"),
                one(
                        holder,
                        where,
                        ksa,
                        "the KSA schematron (" + SCHEMATRONS + "*.xsl naming ZATCA or holding BR-KSA rules)"),
                one(holder, where, schemas, "the invoice schema (Schemas/**/" + INVOICE_SCHEMA + ")"),
                samples,
                skippedEntries);
    }

    private static String one(String holder, String where, List<String> found, String what) {
        if (found.isEmpty()) {
            throw new RulePackRejectedException(Reason.MISSING_RULES, holder + " lacks " + what + where);
        }
        if (found.size() > 1) {
            throw new RulePackRejectedException(
                    Reason.AMBIGUOUS_RULES, holder + " has more than one file for " + what + ": " + found);
        }
        return found.get(0);
    }

    private static boolean isEn(String path) {
        return fileName(path).toUpperCase(Locale.ROOT).contains("CEN-EN16931");
    }

    private static boolean isKsa(String path, byte[] content) {
        return fileName(path).toUpperCase(Locale.ROOT).contains("ZATCA") || contains(content, KSA_RULE);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static boolean contains(byte[] content, byte[] wanted) {
        outer:
        for (int i = 0; i <= content.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (content[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
