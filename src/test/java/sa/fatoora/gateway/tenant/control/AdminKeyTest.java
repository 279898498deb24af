package sa.fatoora.gateway.tenant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sa.fatoora.gateway.platform.control.DataFolder;

class AdminKeyTest {

    @TempDir
    Path dir;

    AdminKey start(Optional<String> configured, boolean embedded) {
        AdminKey key = new AdminKey();
        key.configured = configured;
        key.embedded = embedded;
        key.dataFolder = DataFolder.at(dir);
        key.onStart(null);
        return key;
    }

    @Test
    void theConfiguredKeyWinsAndNothingIsWritten() {
        AdminKey key = start(Optional.of("  configured-admin-key "), true);
        assertTrue(key.matches("configured-admin-key"));
        assertFalse(key.matches("other"));
        assertFalse(Files.exists(dir.resolve(AdminKey.FILE)));
    }

    @Test
    void theEmbeddedRunGeneratesOneKeyAndKeepsItAcrossRestarts() throws Exception {
        AdminKey first = start(Optional.empty(), true);
        String stored = Files.readString(dir.resolve(AdminKey.FILE)).strip();
        assertTrue(stored.startsWith("fgw_"));
        assertTrue(first.matches(stored));

        AdminKey afterRestart = start(Optional.empty(), true);
        assertTrue(afterRestart.matches(stored));
        assertEquals(stored, Files.readString(dir.resolve(AdminKey.FILE)).strip());
    }

    @Test
    void aDeploymentWithoutAKeyHasNoAdministrator() {
        AdminKey key = start(Optional.of(" "), false);
        assertFalse(key.isConfigured());
        assertFalse(key.matches(""));
        assertFalse(key.matches(null));
        assertFalse(Files.exists(dir.resolve(AdminKey.FILE)));
    }
}
