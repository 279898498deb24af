package sa.fatoora.gateway.validation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where ZATCA's rule files live: the SDK's {@code Data} folder (schemas and schematrons). Optional on purpose: the
 * gateway runs without them and the stages that need them report NOT_RUN.
 */
@ApplicationScoped
public class RulesDirectory {

    static final String PROPERTY = "zatca.sdk.data.dir";

    @Inject
    @ConfigProperty(name = PROPERTY)
    Optional<String> dataDir = Optional.empty();

    /** The file at {@code relative} below the data folder, or why it can't be had. */
    public Path require(String relative) throws RulesUnavailableException {
        String dir = dataDir.map(String::strip).orElse("");
        if (dir.isEmpty()) {
            throw new RulesUnavailableException("rules directory not configured: set " + PROPERTY);
        }
        try {
            Path file = Path.of(dir).resolve(relative).normalize();
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new RulesUnavailableException("rule file missing: " + relative + " under " + PROPERTY);
            }
            return file;
        } catch (InvalidPathException e) {
            throw new RulesUnavailableException("invalid path in " + PROPERTY + ": " + relative);
        }
    }
}
