package sa.fatoora.gateway.signing.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.w3c.dom.Document;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.control.InvoiceHasher;
import sa.fatoora.gateway.signing.control.InvoiceSigner;
import sa.fatoora.gateway.signing.control.QrCodes;
import sa.fatoora.gateway.signing.control.SignatureVerifier;
import sa.fatoora.gateway.signing.control.SigningIdentity;
import sa.fatoora.gateway.signing.entity.Finding;
import sa.fatoora.gateway.signing.entity.InvoiceFacts;
import sa.fatoora.gateway.signing.entity.SignedInvoice;

/**
 * Throughput of the signing engine on one thread, on a 10-line invoice built from the SDK's Standard_Invoice
 * ({@code <zatca.sdk.dir>/Data/Samples/Standard/Invoice/Standard_Invoice.xml}, stripped of its stamp, its one
 * InvoiceLine repeated with ids 1..10). The totals are not adjusted to the extra lines: hashing and signing do not
 * read them, and the QR only copies them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SigningBenchmark {

    private final InvoiceHasher hasher = new InvoiceHasher();
    private final InvoiceSigner signer = new InvoiceSigner();
    private final QrCodes qrCodes = new QrCodes();
    private final SignatureVerifier verifier = new SignatureVerifier();
    private final LocalDateTime signingTime = LocalDateTime.of(2025, 7, 22, 16, 37, 9);

    private SigningIdentity identity;
    private byte[] unsigned;
    private Document unsignedDocument;
    private byte[] hash;
    private SignedInvoice signed;
    private InvoiceFacts facts;

    @Setup
    public void setUp() throws IOException {
        Path data = Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data");
        identity = SigningIdentity.fromPem(
                Files.readString(data.resolve("Certificates/cert.pem")),
                Files.readString(data.resolve("Certificates/ec-secp256k1-priv-key.pem")));
        String sample = Files.readString(data.resolve("Samples/Standard/Invoice/Standard_Invoice.xml"));
        unsigned = tenLines(stripStamp(sample)).getBytes(StandardCharsets.UTF_8);
        unsignedDocument = SecureXml.parse(unsigned);
        hash = Base64.getDecoder().decode(hasher.hash(unsignedDocument));
        signed = signer.sign(unsigned, identity, signingTime);
        facts = new InvoiceFacts(
                "شركة توريد التكنولوجيا بأقصى سرعة المحدودة | Maximum Speed Tech Supply LTD",
                "399999999900003",
                "2022-09-07",
                "12:21:28",
                "0200000",
                "4.60",
                "4.60",
                "0.60");
        List<Finding> findings = verifier.verify(signed.xml());
        if (!findings.isEmpty()) {
            throw new IllegalStateException("Benchmark document does not verify: " + findings);
        }
    }

    /** C14N 1.1 + SHA-256 on an already parsed document. */
    @Benchmark
    public String hashParsed() {
        return hasher.hash(unsignedDocument);
    }

    /** Parse (SecureXml) + hash: what a caller holding only bytes pays. */
    @Benchmark
    public String parseAndHash() {
        return hasher.hash(SecureXml.parse(unsigned));
    }

    /** The stamp's signature alone: secp256k1 ECDSA over the 32 hash bytes. */
    @Benchmark
    public byte[] ecdsaSign() {
        return identity.sign(hash);
    }

    /** QR payload (tags 1-9) and base64 TLV. */
    @Benchmark
    public String qr() {
        return qrCodes.encode(
                qrCodes.payload(facts, signed.invoiceHash(), signed.signatureValue(), identity.certificate()));
    }

    /** Unsigned bytes to signed bytes: parse, hash, sign, SignedProperties digest, QR, splice. */
    @Benchmark
    public SignedInvoice fullSign() {
        return signer.sign(unsigned, identity, signingTime);
    }

    /** Every SIGNATURE and QR check on the signed bytes, parse included. */
    @Benchmark
    public List<Finding> fullVerify() {
        return verifier.verify(signed.xml());
    }

    static String stripStamp(String signed) {
        return signed.replaceFirst("(?s)<ext:UBLExtensions>.*?</ext:UBLExtensions>", "")
                .replaceFirst(
                        "(?s)<cac:AdditionalDocumentReference>\\s*<cbc:ID>QR</cbc:ID>.*?"
                                + "</cac:AdditionalDocumentReference>",
                        "")
                .replaceFirst("(?s)<cac:Signature>.*?</cac:Signature>", "");
    }

    static String tenLines(String unsigned) {
        int start = unsigned.indexOf("<cac:InvoiceLine>");
        int end = unsigned.indexOf("</cac:InvoiceLine>") + "</cac:InvoiceLine>".length();
        String line = unsigned.substring(start, end);
        StringBuilder lines = new StringBuilder();
        for (int id = 1; id <= 10; id++) {
            lines.append(id == 1 ? "" : "\n    ")
                    .append(line.replaceFirst("<cbc:ID>1</cbc:ID>", "<cbc:ID>" + id + "</cbc:ID>"));
        }
        return unsigned.substring(0, start) + lines + unsigned.substring(end);
    }
}
