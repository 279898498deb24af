package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.signing.control.InvoiceSigner;
import sa.fatoora.gateway.signing.control.SigningIdentity;

/**
 * The signed bytes of every example, pinned: the golden documents' SHA-256 as commit 144a80e wrote them (before the
 * signer hashed from a plain scan of the bytes). Signing is deterministic (fixed signing time, RFC 6979 nonces), so
 * any change to the UBL writing, the hash, the stamp or the QR shows here as a different digest.
 */
class SignedBytesPinnedTest {

    private static final Map<String, String> PINNED = Map.ofEntries(
            Map.entry("standard-invoice", "294728443430bf3cea6cb1797af815e34df2e0c5f76826512eff0cc010c22576"),
            Map.entry("simplified-invoice", "ae38371da6f6b78cb996b45b4236b18998f894a6f7e6d193bd1e7c41be3e525d"),
            Map.entry("standard-credit-note", "165df08d5edf4e7bf2f06f49bd99e8980713056996db089281f355f1d2df3b12"),
            Map.entry("standard-debit-note", "5aaf1dacf6d149ed5b97e1396e4a788050ec884bec3b356eedd2bf82a30129ab"),
            Map.entry("simplified-credit-note", "bd3ed78a21d5ee319d54bbe53131519c22add84c69eeab63eafdcc7a8cd22860"),
            Map.entry("simplified-debit-note", "05338ea500c555604159b54a8271d212f322a7ef4dff1c75499ef518ad4e7314"),
            Map.entry("export-invoice", "040224a544515c8ba4bac75633380913fb8c30c09f4b375e023ba19bb140ffad"),
            Map.entry("exempt-tax-invoice", "d50131b746d47756faa9739de1eccf29ddd9b4ab1fb66c488e79b4f027740949"),
            Map.entry("summary-invoice", "1ed77949989d7c8d757fc68a94b1c441b3faccc10dbcf2120319c49ba45c6118"),
            Map.entry(
                    "advance-payment-adjustments", "d6acc1e6b76fc1c19a46f87feb06b29f27f69a7a70b6c3642f1af59f5bba53cf"),
            Map.entry(
                    "advance-payment-adjustments-foreign-currency",
                    "37e2e6bfc5757a341a051a48d581fc03c91abe78a7c9ac0816d839e72ced2e8d"),
            Map.entry(
                    "advance-payment-adjustments-rate-change",
                    "f2aef16ab79265dc8f0e95f3a9df691fab6e3d8f5641a00249aa978453692267"),
            Map.entry(
                    "standard-invoice-document-level-charge",
                    "116257ce5a998facc0f57df07ae32bd18edafedda4928ab49a340f34d3e29b03"),
            Map.entry("self-billing-invoice", "9d1cfefbe9b5e0e7babc623245c6a397f4efa4b277f8418c978a1230e458ad45"),
            Map.entry("third-party-invoice", "4fe0b75969581c482c8abbcd167fbcd577eacaa1a21daa499f5309df7f274654"),
            Map.entry("nominal-supply-invoice", "84d229cc83cf98caade4d6ab3cac538185761fc08b2e637ff1a7ee4fce9c81af"),
            Map.entry(
                    "simplified-invoice-zero-rated-item",
                    "24732c4c9d52c606a1ef5790cf85e6c1109773d5909a3cbce61d8930275a62ca"),
            Map.entry("out-of-scope-invoice", "6f29748f17221642f65bd7d01c55657849dc4a61d54970ab74f253bafe48cf43"));

    static Stream<String> examples() {
        return SampleFixtures.EXAMPLES.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void signedBytesAreThePinnedOnes(String name) throws IOException, NoSuchAlgorithmException {
        Path certificates = SampleFixtures.sdkDir().resolve("Data/Certificates");
        SigningIdentity identity = SigningIdentity.fromPem(
                Files.readString(certificates.resolve("cert.pem")),
                Files.readString(certificates.resolve("ec-secp256k1-priv-key.pem")));
        byte[] unsigned = new InvoicePreparation(SampleFixtures.CLOCK)
                .prepare(
                        SampleFixtures.example(name),
                        SampleFixtures.SELLER,
                        new ChainPosition(1, ChainPosition.FIRST_PREVIOUS_HASH),
                        UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)))
                .xml();
        byte[] signed = new InvoiceSigner()
                .sign(unsigned, identity, LocalDateTime.of(2025, 7, 1, 12, 0, 0))
                .xml();
        String digest =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signed));
        assertEquals(PINNED.get(name), digest, name);
    }
}
