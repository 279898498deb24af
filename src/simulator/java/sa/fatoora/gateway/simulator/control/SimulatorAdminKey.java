package sa.fatoora.gateway.simulator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.platform.control.DataFolder;
import sa.fatoora.gateway.tenant.control.AdminKey;
import sa.fatoora.gateway.tenant.control.ApiKeys;

/**
 * The key of the simulator's test controls (/simulator/admin): the gateway's administrator key, so that one key
 * drives both deployables of a test or demo run. FATOORA_ADMIN_API_KEY when set, else the key the embedded gateway
 * generated into the data folder both share ({@code admin-api-key}). The simulator only reads it, never generates
 * it (the gateway does, at its first start), so it is read when a control is called, not when the simulator starts.
 */
@ApplicationScoped
public class SimulatorAdminKey {

    @Inject
    @ConfigProperty(name = "fatoora.admin.api.key")
    Optional<String> configured;

    @Inject
    DataFolder dataFolder;

    public boolean matches(String presented) {
        Optional<String> key = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (key.isEmpty()) {
            key = dataFolder.readSecret(AdminKey.FILE);
        }
        return key.isPresent() && ApiKeys.matches(presented, key.get());
    }
}
