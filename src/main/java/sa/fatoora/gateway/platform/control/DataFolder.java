package sa.fatoora.gateway.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's own folder for files that must survive restarts (embedded database, generated secrets, the
 * simulator's CA). Secrets written here are readable by the owner only.
 */
@ApplicationScoped
public class DataFolder {

    @Inject
    @ConfigProperty(name = "fatoora.data.dir", defaultValue = "data")
    String dataDir;

    /** A data folder outside the container (tests, tools). */
    public static DataFolder at(Path dir) {
        DataFolder folder = new DataFolder();
        folder.dataDir = dir.toString();
        return folder;
    }

    public Path path() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    public Optional<String> readSecret(String name) {
        Path file = path().resolve(name);
        try {
            return Files.exists(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " in the data folder", e);
        }
    }

    /** Returns the stored secret, creating it once (atomically, owner-only) when absent. */
    public Secret readOrCreateSecret(String name, Supplier<String> generator) {
        Optional<String> existing = readSecret(name);
        if (existing.isPresent()) {
            return new Secret(existing.get(), false, path().resolve(name));
        }
        Path file = path().resolve(name);
        String value = generator.get();
        try {
            Files.createDirectories(path());
            Files.writeString(
                    file,
                    value + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            restrictToOwner(file);
            return new Secret(value, true, file);
        } catch (FileAlreadyExistsException raced) {
            return new Secret(readSecret(name).orElseThrow(), false, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " in the data folder", e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the folder's ACL; nothing portable to tighten here
        }
    }

    public record Secret(String value, boolean created, Path file) {}
}
