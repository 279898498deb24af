package sa.fatoora.gateway.validation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.validation.entity.RulePackFiles;
import sa.fatoora.gateway.validation.entity.RulePackInfo;
import sa.fatoora.gateway.validation.entity.RulePackSource;

/**
 * An unpacked ZATCA SDK {@code Data} folder named by configuration: the way to use a newer SDK's rules without a
 * redeploy (tests and CI point it at the SDK beside the clone). Optional: without it the built-in pack is used.
 */
@ApplicationScoped
public class RulesDirectory {

    static final String PROPERTY = "zatca.sdk.data.dir";
    static final String ID = "directory";

    /** The folders of a Data folder that hold rules, schemas and samples; nothing else is read. */
    private static final List<String> PARTS = List.of("Rules/Schematrons", "Schemas", "Samples");

    @Inject
    @ConfigProperty(name = PROPERTY)
    Optional<String> dataDir = Optional.empty();

    /** The SDK version the folder holds, for reports; the folder itself does not say. */
    @Inject
    @ConfigProperty(name = "fatoora.rule-packs.directory-version", defaultValue = "unknown")
    String version = "unknown";

    /** Whether a folder is configured at all (blank counts as not). */
    public boolean configured() {
        return dataDir.map(String::strip).filter(d -> !d.isEmpty()).isPresent();
    }

    /** Where the folder is, for the pack list. */
    String location() {
        return dataDir.map(String::strip).orElse("");
    }

    RulePackInfo info(RulePackFiles files) {
        return new RulePackInfo(ID, RulePackSource.DIRECTORY, version, files.sha256());
    }

    /** Reads the folder's rules, schemas and samples, or says why they can't be had. */
    RulePackFiles load() throws RulesUnavailableException {
        if (!configured()) {
            throw new RulesUnavailableException("rules directory not configured: set " + PROPERTY);
        }
        Path root;
        try {
            root = Path.of(location()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new RulesUnavailableException("invalid path in " + PROPERTY);
        }
        if (!Files.isDirectory(root)) {
            throw new RulesUnavailableException("rules directory " + PROPERTY + " is not a folder: " + root);
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String part : PARTS) {
            Path folder = root.resolve(part);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String name = "Data/" + root.relativize(file).toString().replace('\\', '/');
                    var kept = RulePackPaths.kept(name);
                    if (kept.isPresent()) {
                        files.put(kept.get().path(), Files.readAllBytes(file));
                    }
                }
            } catch (IOException e) {
                throw new RulesUnavailableException("rules directory " + PROPERTY + " can't be read: " + part);
            }
        }
        try {
            return RulePackRoles.identify("Data/", files, 0, "The rules directory " + PROPERTY, "");
        } catch (RulePackRejectedException e) {
            throw new RulesUnavailableException(e.getMessage());
        }
    }
}
