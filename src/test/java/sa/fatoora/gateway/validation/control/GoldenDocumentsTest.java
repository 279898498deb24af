package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sa.fatoora.gateway.invoice.control.InvoicePreparation;
import sa.fatoora.gateway.invoice.control.SampleFixtures;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.UnsignedInvoice;
import sa.fatoora.gateway.signing.control.InvoiceSigner;
import sa.fatoora.gateway.signing.control.SigningIdentity;
import sa.fatoora.gateway.signing.entity.SignedInvoice;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.StageStatus;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/**
 * Golden test 2: documents built from our own JSON (examples/invoices, each reproducing an SDK sample, see its
 * README) and signed with the SDK's dummy certificate and key (Data/Certificates) pass every stage of our validator
 * with zero errors and carry the sample's totals. Each is written to target/golden/<name>.xml for other validators.
 */
class GoldenDocumentsTest {

    private static final Pattern AMOUNT = Pattern.compile(
            "<cbc:(PayableAmount|TaxInclusiveAmount|TaxExclusiveAmount)" + " currencyID=\"[A-Z]{3}\">([0-9.]+)</cbc:");

    private static ValidationService validator;
    private static SigningIdentity identity;
    private static final InvoicePreparation PREPARATION = new InvoicePreparation(SampleFixtures.CLOCK);
    private static final InvoiceSigner SIGNER = new InvoiceSigner();

    @BeforeAll
    static void setUp() throws IOException {
        validator = SdkData.service();
        Path certificates = SdkData.dir().resolve("Certificates");
        identity = SigningIdentity.fromPem(
                Files.readString(certificates.resolve("cert.pem")),
                Files.readString(certificates.resolve("ec-secp256k1-priv-key.pem")));
    }

    static Stream<String> examples() {
        return SampleFixtures.EXAMPLES.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void ourSignedDocumentPassesEveryStage(String name) throws IOException {
        UnsignedInvoice unsigned = PREPARATION.prepare(
                SampleFixtures.example(name),
                SampleFixtures.SELLER,
                new ChainPosition(1, ChainPosition.FIRST_PREVIOUS_HASH),
                UUID.nameUUIDFromBytes(name.getBytes()));
        SignedInvoice signed = SIGNER.sign(unsigned.xml(), identity, LocalDateTime.of(2025, 7, 1, 12, 0, 0));
        Path golden = Path.of(System.getProperty("golden.dir", "target/golden")).resolve(name + ".xml");
        Files.createDirectories(golden.getParent());
        Files.write(golden, signed.xml());

        ValidationReport report = validator.validate(signed.xml(), ChainPosition.FIRST_PREVIOUS_HASH);
        for (StageResult stage : report.stages()) {
            assertEquals(List.of(), stage.errors(), () -> stage.stage() + " errors in " + name);
            assertEquals(StageStatus.PASSED, stage.status(), () -> stage.stage() + " in " + name);
        }
        assertTrue(report.valid());
        assertEquals(signed.invoiceHash(), report.invoiceHash());

        String sample = Files.readString(
                SdkData.dir().resolve("Samples").resolve(SampleFixtures.EXAMPLES.get(name)), StandardCharsets.UTF_8);
        assertEquals(amounts(sample), amounts(new String(signed.xml(), StandardCharsets.UTF_8)), name + " totals");
    }

    /** The document totals (tax exclusive, tax inclusive, payable) as numbers, in document order. */
    private static List<String> amounts(String xml) {
        Matcher m = AMOUNT.matcher(xml);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) + "="
                    + new java.math.BigDecimal(m.group(2)).stripTrailingZeros().toPlainString());
        }
        return found;
    }

    static {
        assert Stage.values().length == 6;
    }
}
