package sa.fatoora.gateway.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.platform.control.DataFolder;
import sa.fatoora.gateway.platform.control.ServiceUnavailableException;

/**
 * Encrypts private keys and CSIDs at rest under the master key: {@code fatoora.master-key} (FATOORA_MASTER_KEY,
 * base64 of 32 bytes). The embedded run without one generates it once into the data folder (owner-only), like the
 * administrator key. A deployment without a usable key starts, but every key operation answers 503 and the
 * readiness check says why. Key material is never logged.
 */
@ApplicationScoped
public class KeyVault {

    static final String FILE = "master-key";
    static final String ENV = "FATOORA_MASTER_KEY";
    private static final Logger LOG = Logger.getLogger(KeyVault.class.getName());

    @Inject
    @ConfigProperty(name = "fatoora.master-key")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "fatoora.embedded", defaultValue = "false")
    boolean embedded;

    @Inject
    DataFolder dataFolder;

    private volatile MasterKey key;
    private volatile ServiceUnavailableException problem;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        resolve();
    }

    /** Loads the key; separate from CDI start-up so unit tests can drive it. */
    void resolve() {
        Optional<String> fromConfig = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (fromConfig.isPresent()) {
            use(fromConfig.get(), ENV);
        } else if (embedded) {
            DataFolder.Secret secret = dataFolder.readOrCreateSecret(FILE, MasterKey::generateBase64);
            use(secret.value(), secret.file().toString());
            if (key != null) {
                LOG.info((secret.created() ? "Generated the master key into " : "Master key loaded from ")
                        + secret.file() + " (embedded run; production sets " + ENV + ")");
            }
        } else {
            problem = new ServiceUnavailableException(
                    "MASTER_KEY_MISSING",
                    "No master key is configured, so private keys and CSIDs cannot be encrypted or read: set " + ENV
                            + " to the base64 of 32 random bytes (e.g. `openssl rand -base64 32`)");
            LOG.severe(problem.getMessage());
        }
    }

    private void use(String base64, String source) {
        try {
            key = MasterKey.fromBase64(base64);
            problem = null;
            if (source.equals(ENV)) {
                LOG.info("Master key taken from configuration (" + ENV + ")");
            }
        } catch (IllegalArgumentException e) {
            key = null;
            problem = new ServiceUnavailableException(
                    "MASTER_KEY_INVALID",
                    "The master key from " + source + " " + e.getMessage()
                            + ": set it to the base64 of 32 random bytes (e.g. `openssl rand -base64 32`)");
            LOG.severe(problem.getMessage());
        }
    }

    /** Empty when keys can be encrypted; otherwise the reason, as the readiness check reports it. */
    public Optional<String> unavailableReason() {
        ServiceUnavailableException p = problem;
        return p == null && key != null
                ? Optional.empty()
                : Optional.of(p == null ? "not initialised" : p.getMessage());
    }

    public byte[] encrypt(byte[] plain, String purpose) {
        return masterKey().encrypt(plain, purpose);
    }

    public byte[] decrypt(byte[] sealed, String purpose) {
        return masterKey().decrypt(sealed, purpose);
    }

    /** base64 text of {@link #encrypt}, for VARCHAR columns that work alike on Derby and PostgreSQL. */
    public String seal(byte[] plain, String purpose) {
        return Base64.getEncoder().encodeToString(encrypt(plain, purpose));
    }

    public byte[] open(String sealed, String purpose) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new KeyDecryptionException(purpose).causedBy(e);
        }
        return decrypt(raw, purpose);
    }

    private MasterKey masterKey() {
        MasterKey k = key;
        if (k == null) {
            ServiceUnavailableException p = problem;
            throw p != null
                    ? new ServiceUnavailableException(p.code(), p.getMessage())
                    : new ServiceUnavailableException("MASTER_KEY_MISSING", "The master key is not loaded yet");
        }
        return k;
    }
}
