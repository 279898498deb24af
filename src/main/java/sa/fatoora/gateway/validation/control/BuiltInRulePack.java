package sa.fatoora.gateway.validation.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import sa.fatoora.gateway.validation.entity.RulePackFiles;
import sa.fatoora.gateway.validation.entity.RulePackInfo;
import sa.fatoora.gateway.validation.entity.RulePackSource;

/**
 * The rule pack the build brings: ZATCA's and EN 16931's schematrons (phive-rules-zatca) and the UBL 2.1 schemas
 * (ph-ubl21 and the XSDs they import), unpacked from Maven Central into the WAR (pom.xml). The product validates
 * with it on a machine that has nothing but the clone. Older than ZATCA's current SDK (see README "Rule packs").
 */
final class BuiltInRulePack {

    static final String ID = "built-in";
    private static final String FOLDER = "/sa/fatoora/gateway/validation/builtin/";

    private BuiltInRulePack() {}

    static RulePackInfo info(RulePackFiles files) {
        return new RulePackInfo(ID, RulePackSource.BUILT_IN, index().getProperty("version", "unknown"), files.sha256());
    }

    /** Read from the WAR once: the files don't change while the server runs, and listing packs asks for them. */
    static RulePackFiles files() {
        return Loaded.FILES;
    }

    private static final class Loaded {
        static final RulePackFiles FILES = load();
    }

    private static RulePackFiles load() {
        Properties index = index();
        Map<String, byte[]> files = new TreeMap<>();
        List<String> paths = Arrays.stream(index.getProperty("files", "").split(","))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        for (String path : paths) {
            files.put(path, read(path));
        }
        return RulePackFiles.of(
                FOLDER,
                files,
                index.getProperty("en"),
                index.getProperty("ksa"),
                index.getProperty("schema"),
                List.of(),
                0);
    }

    private static Properties index() {
        Properties index = new Properties();
        try (InputStream in = BuiltInRulePack.class.getResourceAsStream(FOLDER + "pack.properties")) {
            if (in == null) {
                throw new IllegalStateException("the WAR has no built-in rule pack index: broken build");
            }
            index.load(in);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = BuiltInRulePack.class.getResourceAsStream(FOLDER + path)) {
            if (in == null) {
                throw new IllegalStateException("built-in rule pack file missing from the WAR: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
