package sa.fatoora.gateway.signing.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The official ZATCA SDK data the tests use, read in place and never copied: the signed samples under
 * {@code <zatca.sdk.dir>/Data/Samples} (Standard and Simplified; Invoice, Credit, Debit) and the dummy CSID
 * {@code Data/Certificates/cert.pem} with its key {@code Data/Certificates/ec-secp256k1-priv-key.pem}
 * (SDK 238-R3.4.8). Surefire sets {@code zatca.sdk.dir} to {@code ${project.basedir}/../shared/zatca-sdk}.
 */
final class SdkSamples {

    static final Path DATA = Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data");

    private SdkSamples() {}

    static Stream<Path> all() {
        try (Stream<Path> files = Files.walk(DATA.resolve("Samples"))) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sample(String relative) {
        return DATA.resolve("Samples").resolve(relative);
    }

    static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SigningIdentity dummyIdentity() {
        return SigningIdentity.fromPem(
                read(DATA.resolve("Certificates/cert.pem")),
                read(DATA.resolve("Certificates/ec-secp256k1-priv-key.pem")));
    }

    /** The text of the first group of the first match, or fails. */
    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        if (!m.find()) {
            throw new AssertionError("No match for " + regex);
        }
        return m.group(1);
    }

    static List<String> digestValues(String text) {
        return Pattern.compile("<ds:DigestValue>([^<]*)</ds:DigestValue>")
                .matcher(text)
                .results()
                .map(r -> r.group(1))
                .toList();
    }

    static String qr(String text) {
        return find(text, "<cbc:ID>QR</cbc:ID>\\s*<cac:Attachment>\\s*<cbc:EmbeddedDocumentBinaryObject[^>]*>([^<]*)<");
    }

    /**
     * A signed sample back to what went into the SDK: the SDK glues its three blocks to their neighbours (no
     * whitespace of their own), so removing exactly the element text restores the unsigned layout.
     */
    static String unsigned(String signed) {
        return signed.replaceFirst("(?s)<ext:UBLExtensions>.*?</ext:UBLExtensions>", "")
                .replaceFirst(
                        "(?s)<cac:AdditionalDocumentReference>\\s*<cbc:ID>QR</cbc:ID>.*?"
                                + "</cac:AdditionalDocumentReference>",
                        "")
                .replaceFirst("(?s)<cac:Signature>.*?</cac:Signature>", "");
    }
}
