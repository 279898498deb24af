package sa.fatoora.gateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path dir;

    @Test
    void createsASecretOnceOwnerOnlyAndKeepsIt() throws Exception {
        DataFolder folder = new DataFolder();
        folder.dataDir = dir.resolve("nested").toString();
        DataFolder.Secret first = folder.readOrCreateSecret("s", () -> "value-1");
        assertTrue(first.created());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file())));

        DataFolder.Secret second = folder.readOrCreateSecret("s", () -> "value-2");
        assertFalse(second.created());
        assertEquals("value-1", second.value());
    }
}
