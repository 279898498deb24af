package sa.fatoora.gateway.tenant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.platform.control.DataFolder;

/**
 * The administrator key: FATOORA_ADMIN_API_KEY when set. The embedded run, with none set, generates one on first
 * start, keeps it owner-readable in the data folder and prints it that once, so a newcomer can start without setup.
 * A deployment without either has no administrator API.
 */
@ApplicationScoped
public class AdminKey {

    /** The generated key's file in the data folder (the simulator's test controls read it too). */
    public static final String FILE = "admin-api-key";

    private static final Logger LOG = Logger.getLogger(AdminKey.class.getName());

    @Inject
    @ConfigProperty(name = "fatoora.admin.api.key")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "fatoora.embedded", defaultValue = "false")
    boolean embedded;

    @Inject
    DataFolder dataFolder;

    private volatile String key;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        key = resolve();
    }

    private String resolve() {
        Optional<String> fromConfig = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (fromConfig.isPresent()) {
            LOG.info("Administrator API key taken from configuration (FATOORA_ADMIN_API_KEY)");
            return fromConfig.get();
        }
        if (!embedded) {
            LOG.warning("No administrator API key configured: set FATOORA_ADMIN_API_KEY to manage tenants");
            return null;
        }
        DataFolder.Secret secret = dataFolder.readOrCreateSecret(FILE, ApiKeys::generate);
        if (secret.created()) {
            // Printed once, on the first embedded start only, so that a newcomer can begin with no setup.
            LOG.info("Generated administrator API key (shown once, kept in " + secret.file() + "): " + secret.value());
        } else {
            LOG.info("Administrator API key loaded from " + secret.file());
        }
        return secret.value();
    }

    public boolean isConfigured() {
        return key != null;
    }

    public boolean matches(String presented) {
        return key != null && ApiKeys.matches(presented, key);
    }
}
