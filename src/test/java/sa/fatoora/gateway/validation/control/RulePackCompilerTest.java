package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sa.fatoora.gateway.validation.entity.RulePackFiles;
import sa.fatoora.gateway.validation.entity.RulePackInfo;
import sa.fatoora.gateway.validation.entity.RulePackSource;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.StageStatus;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/** A pack compiles from its own files only: an import that points outside it fails, and nothing is fetched. */
class RulePackCompilerTest {

    private static final String SCHEMA = "Schemas/UBL2.1/maindoc/UBL-Invoice-2.1.xsd";

    @Test
    void anImportOutsideThePackIsNeitherFetchedNorCompiled() throws Exception {
        try (ServerSocket listener = new ServerSocket(0)) {
            String evil = "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:x\">"
                    + "<xsd:import namespace=\"urn:elsewhere\" schemaLocation=\"http://127.0.0.1:"
                    + listener.getLocalPort()
                    + "/evil.xsd\"/></xsd:schema>";
            RulePackFiles files = pack(evil);

            RulesUnavailableException e = assertThrows(
                    RulesUnavailableException.class,
                    () -> RulePackCompiler.compile(
                            new RulePackInfo("t", RulePackSource.UPLOADED, "t", files.sha256()),
                            files,
                            SdkData.CLOCK.instant()));

            assertEquals("rule file does not compile: " + SCHEMA, e.getMessage());
            listener.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, listener::accept, "the import was fetched");
        }
    }

    @Test
    void importsByNamespaceOnlyAreAnsweredFromThePack() throws RulesUnavailableException {
        // the built-in UBL schemas import xmldsig, XAdES and CCTS without a location
        RulePackFiles builtIn = BuiltInRulePack.files();
        assertTrue(new String(
                        builtIn.bytes("Schemas/UBL2.1/common/UBL-CommonSignatureComponents-2.1.xsd"),
                        StandardCharsets.UTF_8)
                .contains("<xsd:import"));
        CompiledRulePack pack =
                RulePackCompiler.compile(BuiltInRulePack.info(builtIn), builtIn, SdkData.CLOCK.instant());
        assertEquals("2.3.8", pack.info().version());
    }

    /** An uploaded pack's stylesheet may try to write files: such a stylesheet does not even compile. */
    @Test
    void aStylesheetThatWritesDocumentsDoesNotCompile(@TempDir Path dir) {
        Path written = dir.resolve("written.txt");
        RulePackFiles pack = withKsa("<xsl:template match=\"/\"><out/><xsl:result-document href=\"" + written.toUri()
                + "\"><x>owned</x></xsl:result-document></xsl:template>");

        assertThrows(
                RulesUnavailableException.class,
                () -> RulePackCompiler.compile(info(pack), pack, SdkData.CLOCK.instant()));
        assertFalse(Files.exists(written), "the stylesheet wrote a file");
    }

    /** ... or to read the server's files: the read fails, and the stage with it, without the file's content. */
    @Test
    void aStylesheetThatReadsFilesFailsItsStage() throws RulesUnavailableException {
        for (String read : List.of(
                "unparsed-text('file:///etc/hostname')",
                "unparsed-text(concat('file:///etc/host', substring('name', 1, count(//*))))",
                "string(doc('file:///etc/passwd'))")) {
            RulePackFiles pack = withKsa(
                    "<xsl:template match=\"/\"><out><xsl:value-of select=\"" + read + "\"/></out></xsl:template>");
            CompiledRulePack compiled = RulePackCompiler.compile(info(pack), pack, SdkData.CLOCK.instant());

            ValidationReport report =
                    SdkData.rulesOnly(compiled, SdkData.CLOCK).validate(SdkData.sample("Standard_Invoice.xml"), null);

            StageResult ksa = SdkSamplesTest.result(report, Stage.KSA);
            assertEquals(StageStatus.FAILED, ksa.status(), read + ": " + ksa);
            assertEquals(SchematronStage.STOPPED, ksa.errors().get(0).rule(), read);
            assertFalse(ksa.toString().contains("root:"), "the file's content came out");
        }
    }

    /** The built-in pack with its KSA schematron replaced by a stylesheet of these templates. */
    private static RulePackFiles withKsa(String templates) {
        String xsl = "<xsl:stylesheet version=\"2.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">" + templates
                + "</xsl:stylesheet>";
        RulePackFiles builtIn = BuiltInRulePack.files();
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (String path : builtIn.paths()) {
            if (!path.equals(builtIn.ksaSchematron())) {
                files.put(path, builtIn.bytes(path));
            }
        }
        files.put("Rules/Schematrons/ZATCA_rules.xsl", xsl.getBytes(StandardCharsets.UTF_8));
        return RulePackFiles.of(
                "Data/",
                files,
                builtIn.enSchematron(),
                "Rules/Schematrons/ZATCA_rules.xsl",
                builtIn.invoiceSchema(),
                List.of(),
                0);
    }

    private static RulePackInfo info(RulePackFiles pack) {
        return new RulePackInfo("t", RulePackSource.UPLOADED, "t", pack.sha256());
    }

    private static RulePackFiles pack(String schema) {
        RulePackFiles builtIn = BuiltInRulePack.files();
        TreeMap<String, byte[]> files = new TreeMap<>();
        files.put(builtIn.enSchematron(), builtIn.bytes(builtIn.enSchematron()));
        files.put(builtIn.ksaSchematron(), builtIn.bytes(builtIn.ksaSchematron()));
        files.put(SCHEMA, schema.getBytes(StandardCharsets.UTF_8));
        return RulePackFiles.of("Data/", files, builtIn.enSchematron(), builtIn.ksaSchematron(), SCHEMA, List.of(), 0);
    }
}
