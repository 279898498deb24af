package sa.fatoora.gateway.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips like the ones ZATCA publishes, made at test time from the SDK's {@code Data} folder beside the clone (never
 * copied into the repo): the folder under a versioned top-level folder, beside files a rule pack must not keep.
 */
public final class SdkZips {

    private SdkZips() {}

    public static Path dataDir() {
        return Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data")
                .toAbsolutePath()
                .normalize();
    }

    /** Every file of the Data folder, keyed as in a zip: {@code Data/Rules/...}. */
    public static Map<String, byte[]> dataFiles() {
        Path data = dataDir();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put("Data/" + data.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The SDK as ZATCA ships it: everything under {@code top/}, with a jar and a readme a pack must skip. */
    public static byte[] sdk(String top) {
        return sdk(top, UnaryOperator.identity());
    }

    /** The same, after {@code change} had its way with the Data folder's files (e.g. a tampered sample). */
    public static byte[] sdk(String top, UnaryOperator<Map<String, byte[]>> change) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Readme/readme.md", "ZATCA e-invoicing SDK".getBytes());
        entries.put("Lib/Java/zatca-einvoicing-sdk.jar", new byte[64 * 1024]);
        change.apply(new LinkedHashMap<>(dataFiles())).forEach(entries::put);
        Map<String, byte[]> prefixed = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> prefixed.put(top + "/" + name, bytes));
        return zip(prefixed);
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Sample paths of the Data folder, as a pack keeps them. */
    public static List<String> samples() {
        return dataFiles().keySet().stream()
                .filter(p -> p.startsWith("Data/Samples/") && p.endsWith(".xml"))
                .toList();
    }
}
