package sa.fatoora.gateway.validation.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import sa.fatoora.gateway.validation.entity.RulePackFiles;

/**
 * How a stored pack's files are kept in its database row: one zip of the trimmed files, written by the gateway
 * itself after the upload passed {@link RulePackArchive}'s checks (so reading it back needs no such guard again).
 */
final class PackZip {

    private PackZip() {}

    static byte[] write(RulePackFiles files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String path : files.paths()) {
                zip.putNextEntry(new ZipEntry(path));
                try (var in = files.open(path)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static RulePackFiles read(byte[] content) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RulePackRoles.identify("Data/", files, 0);
    }
}
