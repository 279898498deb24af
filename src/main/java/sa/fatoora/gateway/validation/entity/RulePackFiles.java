package sa.fatoora.gateway.validation.entity;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a rule pack, keyed by their path below the SDK's {@code Data/} folder (for example
 * {@code Rules/Schematrons/CEN-EN16931-UBL.xsl}), and which of them play which part. Immutable: the bytes are copied
 * in and {@link #files()} hands out copies, because {@link #sha256()} identifies the pack and must stay true.
 *
 * @param dataRoot where the {@code Data/} folder sat in the zip: {@code Data/} or {@code <top folder>/Data/}
 * @param files every kept file, sorted by path
 * @param enSchematron path of the EN 16931 schematron (XSLT)
 * @param ksaSchematron path of ZATCA's KSA schematron (XSLT)
 * @param invoiceSchema path of {@code UBL-Invoice-2.1.xsd}, which imports the other schemas
 * @param samples paths of the sample invoices, sorted
 * @param sha256 lowercase hex SHA-256 over the files, see {@link #digest(Map)}
 * @param skippedEntries entries of the zip that were not kept (directories included)
 */
public record RulePackFiles(
        String dataRoot,
        Map<String, byte[]> files,
        String enSchematron,
        String ksaSchematron,
        String invoiceSchema,
        List<String> samples,
        String sha256,
        int skippedEntries) {

    public RulePackFiles {
        Objects.requireNonNull(dataRoot, "dataRoot");
        Objects.requireNonNull(enSchematron, "enSchematron");
        Objects.requireNonNull(ksaSchematron, "ksaSchematron");
        Objects.requireNonNull(invoiceSchema, "invoiceSchema");
        Objects.requireNonNull(sha256, "sha256");
        TreeMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, bytes) -> copy.put(Objects.requireNonNull(path), bytes.clone()));
        files = Collections.unmodifiableSortedMap(copy);
        samples = List.copyOf(samples);
        for (String path : concat(List.of(enSchematron, ksaSchematron, invoiceSchema), samples)) {
            if (!copy.containsKey(path)) {
                throw new IllegalArgumentException("not among the files: " + path);
            }
        }
        // the digest is the pack's identity, so one that does not match the files is a bug, not a value
        if (!digest(copy).equals(sha256)) {
            throw new IllegalArgumentException("sha256 does not match the files");
        }
    }

    /** The pack with its digest computed from {@code files}. */
    public static RulePackFiles of(
            String dataRoot,
            Map<String, byte[]> files,
            String enSchematron,
            String ksaSchematron,
            String invoiceSchema,
            List<String> samples,
            int skippedEntries) {
        return new RulePackFiles(
                dataRoot, files, enSchematron, ksaSchematron, invoiceSchema, samples, digest(files), skippedEntries);
    }

    /**
     * SHA-256 over the files in path order ({@link String#compareTo}); per file: the path's UTF-8 length (4 bytes, big
     * endian), the path's UTF-8 bytes, the content's length (8 bytes, big endian), the content. The lengths keep one
     * file's end from being read as the next one's start; the zip's order, timestamps and compression play no part,
     * so the same files zipped twice, or under another top folder, give the same digest.
     */
    public static String digest(Map<String, byte[]> files) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            byte[] path = file.getKey().getBytes(StandardCharsets.UTF_8);
            sha.update(ByteBuffer.allocate(4).putInt(path.length).array());
            sha.update(path);
            sha.update(ByteBuffer.allocate(8).putLong(file.getValue().length).array());
            sha.update(file.getValue());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A copy of every file (about 4 MB for ZATCA's SDK); prefer {@link #open} or {@link #bytes} for one file. */
    @Override
    public Map<String, byte[]> files() {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        files.forEach((path, bytes) -> copy.put(path, bytes.clone()));
        return Collections.unmodifiableMap(copy);
    }

    /** The kept paths, sorted. */
    public Set<String> paths() {
        return files.keySet();
    }

    /** A copy of one file's bytes. */
    public byte[] bytes(String path) {
        return require(path).clone();
    }

    /** One file's bytes as a stream, without copying them. */
    public InputStream open(String path) {
        return new ByteArrayInputStream(require(path));
    }

    private byte[] require(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new IllegalArgumentException("no file " + path + " in the rule pack");
        }
        return bytes;
    }

    /** Equal when the same files play the same parts; the digest stands for the contents. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RulePackFiles that
                && dataRoot.equals(that.dataRoot)
                && sha256.equals(that.sha256)
                && files.keySet().equals(that.files.keySet())
                && enSchematron.equals(that.enSchematron)
                && ksaSchematron.equals(that.ksaSchematron)
                && invoiceSchema.equals(that.invoiceSchema)
                && samples.equals(that.samples)
                && skippedEntries == that.skippedEntries;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataRoot, sha256, enSchematron, ksaSchematron, invoiceSchema, skippedEntries);
    }

    /** Paths and digest only: the contents are megabytes. */
    @Override
    public String toString() {
        return "RulePackFiles[dataRoot=" + dataRoot + ", files=" + files.size() + ", en=" + enSchematron + ", ksa="
                + ksaSchematron + ", invoiceSchema=" + invoiceSchema + ", samples=" + samples.size() + ", sha256="
                + sha256 + ", skippedEntries=" + skippedEntries + "]";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
