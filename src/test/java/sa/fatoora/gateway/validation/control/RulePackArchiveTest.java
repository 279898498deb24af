package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import sa.fatoora.gateway.validation.control.RulePackRejectedException.Reason;
import sa.fatoora.gateway.validation.entity.RulePackFiles;
import sa.fatoora.gateway.validation.entity.RulePackLimits;

/**
 * Reading uploaded rule pack zips, built in memory at test time from the SDK's Data folder (never copied into the
 * repository). Every refusal checks its reason and the words of its message.
 */
class RulePackArchiveTest {

    static final String TOP = "zatca-einvoicing-sdk-238-R3.4.8/";
    static final String EN = "Rules/Schematrons/CEN-EN16931-UBL.xsl";
    static final String KSA = "Rules/Schematrons/20210819_ZATCA_E-invoice_Validation_Rules.xsl";
    static final String INVOICE_XSD = "Schemas/xsds/UBL2.1/xsd/maindoc/UBL-Invoice-2.1.xsd";
    static final RulePackLimits DEFAULTS = RulePackLimits.DEFAULTS;
    static final int MB = 1024 * 1024;

    private static byte[] bomb;

    @Test
    void readsTheSdkUnderATopFolderKeepingOnlyTheRulePack() throws IOException {
        byte[] zip =
                sdk(TOP, true).put(TOP + "Lib/sdk.jar", incompressible(5 * MB)).bytes();

        RulePackFiles pack = read(zip);

        assertEquals(TOP + "Data/", pack.dataRoot());
        assertEquals(EN, pack.enSchematron());
        assertEquals(KSA, pack.ksaSchematron());
        assertEquals(INVOICE_XSD, pack.invoiceSchema());
        assertEquals(19, pack.samples().size());
        assertEquals(sdkFiles(p -> p.startsWith("Samples/")), pack.samples());
        List<String> expected =
                sdkFiles(p -> p.startsWith("Rules/") || p.startsWith("Schemas/") || p.startsWith("Samples/"));
        assertEquals(2 + 15 + 19, expected.size());
        assertEquals(expected, List.copyOf(pack.paths()));
        for (String path : expected) {
            assertArrayEquals(Files.readAllBytes(SdkData.dir().resolve(path)), pack.bytes(path), path);
        }
        assertFalse(pack.paths().stream().anyMatch(p -> p.startsWith("Certificates/") || p.startsWith("PIH/")));
        // the SDK's other files (certificates, PIH, CSR inputs), the jar, the directory entries
        assertEquals(sdkPaths(p -> true).size() - 36 + 1 + directories(zip), pack.skippedEntries());
        assertEquals(64, pack.sha256().length());
    }

    @Test
    void readsTheSdkWithDataAtTheRootToTheSameDigest() throws IOException {
        RulePackFiles underTop = read(sdk(TOP, true).bytes());
        RulePackFiles atRoot = read(sdk("", false).bytes());

        assertEquals("Data/", atRoot.dataRoot());
        assertEquals(underTop.paths(), atRoot.paths());
        assertEquals(underTop.sha256(), atRoot.sha256());
        assertEquals(EN, atRoot.enSchematron());
        assertEquals(KSA, atRoot.ksaSchematron());
        assertEquals(19, atRoot.samples().size());
    }

    @Test
    void theDigestIgnoresOrderAndCompressionButNotContent() throws IOException {
        List<Path> files =
                sdkPaths(p -> p.startsWith("Rules/") || p.startsWith("Schemas/") || p.startsWith("Samples/"));
        Zip forward = new Zip(Deflater.BEST_COMPRESSION);
        files.forEach(f -> forward.put("Data/" + relative(f), SdkData.read(f)));
        List<Path> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        Zip backward = new Zip(Deflater.NO_COMPRESSION);
        reversed.forEach(f -> backward.put("Data/" + relative(f), SdkData.read(f)));
        Zip changed = new Zip(Deflater.DEFAULT_COMPRESSION);
        for (Path f : files) {
            byte[] content = SdkData.read(f);
            // one byte more at the end of one sample
            changed.put(
                    "Data/" + relative(f),
                    f.endsWith("Standard_Invoice.xml") ? Arrays.copyOf(content, content.length + 1) : content);
        }

        String digest = read(forward.bytes()).sha256();

        assertEquals(digest, read(backward.bytes()).sha256());
        assertNotEquals(digest, read(changed.bytes()).sha256());
        assertEquals(digest, RulePackFiles.digest(read(forward.bytes()).files()));
    }

    @Test
    void thePackCannotBeChangedFromOutside() throws IOException {
        RulePackFiles pack = read(sdk("", false).bytes());
        String digest = pack.sha256();

        pack.bytes(EN)[0] ^= 1;
        pack.files().get(EN)[0] ^= 1;
        assertThrows(UnsupportedOperationException.class, () -> pack.files().remove(EN));
        assertThrows(UnsupportedOperationException.class, () -> pack.samples().clear());

        assertEquals(digest, RulePackFiles.digest(pack.files()));
        assertEquals(
                Files.readAllBytes(SdkData.dir().resolve(EN))[0], pack.open(EN).read());
    }

    @Test
    void findsTheKsaSchematronByItsRulesWhenRenamed() throws IOException {
        byte[] zip = sdk("", false, p -> !p.equals(KSA))
                .put(
                        "Data/Rules/Schematrons/rules.xsl",
                        SdkData.read(SdkData.dir().resolve(KSA)))
                .bytes();

        assertEquals("Rules/Schematrons/rules.xsl", read(zip).ksaSchematron());
    }

    @Test
    void skipsTheMacOsCopyInsteadOfTakingItForASecondRoot() throws IOException {
        byte[] zip = sdk("", false)
                .put("__MACOSX/Data/Samples/._Standard_Invoice.xml", new byte[] {0, 5, 22, 7})
                .put("Data/Samples/._Standard_Invoice.xml", new byte[] {0, 5, 22, 7})
                .bytes();

        RulePackFiles pack = read(zip);

        assertEquals("Data/", pack.dataRoot());
        assertEquals(19, pack.samples().size());
    }

    static Stream<Arguments> notZips() {
        byte[] random = new byte[64 * 1024];
        new Random(7).nextBytes(random);
        return Stream.of(
                Arguments.of("random bytes", random),
                Arguments.of("an empty body", new byte[0]),
                Arguments.of(
                        "a PDF",
                        "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                                .getBytes(StandardCharsets.ISO_8859_1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notZips")
    void refusesWhatIsNotAZip(String what, byte[] body) {
        RulePackRejectedException e = refused(body);

        assertEquals(Reason.NOT_A_ZIP, e.reason());
        assertEquals("RULE_PACK_REJECTED", e.code());
        assertEquals(400, e.status());
        assertEquals("The upload is not a zip (no zip entries found)", e.getMessage());
    }

    @Test
    void refusesATruncatedZip() {
        byte[] zip = sdk(TOP, true).bytes();
        byte[] half = Arrays.copyOf(zip, zip.length / 2);

        RulePackRejectedException e = refused(half);

        assertEquals(Reason.DAMAGED_ZIP, e.reason());
        System.out.println("truncated: " + e.getMessage());
        assertTrue(
                e.getMessage().startsWith("The zip is damaged, truncated or uses a feature not supported here: "),
                e.getMessage());
    }

    @Test
    void aFailingUploadIsNotTheZipsFault() {
        byte[] zip = sdk(TOP, true).bytes();
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(zip, 0, zip.length / 2)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n < 0) {
                    throw new IOException("connection reset");
                }
                return n;
            }
        };

        IOException e = assertThrows(IOException.class, () -> new RulePackArchive().read(failing));

        assertEquals("connection reset", e.getMessage());
    }

    static Stream<Arguments> unsafeNames() {
        return Stream.of(
                Arguments.of("../x.xsl", "contains a '..' segment"),
                Arguments.of("/etc/passwd", "is an absolute path"),
                Arguments.of("Data/../../x", "contains a '..' segment"),
                Arguments.of("C:\\x", "starts with a drive letter"),
                Arguments.of("a\\b", "contains a backslash"),
                Arguments.of("Data/Samples/x.xml:hidden", "contains a colon"),
                Arguments.of("Data/Samples/a\u0000.xml", "contains a control character"),
                Arguments.of("Lib/a\nb", "contains a control character"),
                Arguments.of("Data/./Rules/Schematrons/x.xsl", "contains a '.' segment"),
                Arguments.of("Data//Samples/x.xml", "contains an empty segment"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsafeNames")
    void refusesTheWholeZipForOneUnsafeNameEvenASkippedOne(String name, String why) {
        // last, so every rule file has been read and the entry itself would have been skipped
        byte[] zip = sdk(TOP, true).put(name, new byte[] {1}).bytes();

        RulePackRejectedException e = refused(zip);

        assertEquals(Reason.UNSAFE_ENTRY_NAME, e.reason());
        assertEquals(400, e.status());
        assertEquals("Unsafe entry name: the entry " + RulePackPaths.shown(name) + " " + why, e.getMessage());
        assertFalse(e.getMessage().chars().anyMatch(Character::isISOControl), "control characters are escaped");
    }

    @Test
    void refusesAnEntryNameThatIsNotUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.ISO_8859_1)) {
            zip.putNextEntry(new ZipEntry("Data/Samples/caf\u00e9.xml"));
            zip.write(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        RulePackRejectedException e = refused(bytes.toByteArray());

        assertEquals(Reason.UNSAFE_ENTRY_NAME, e.reason());
        assertEquals("The name of entry 1 is not valid UTF-8", e.getMessage());
    }

    @Test
    void stopsAZipBombEarlyAtTheRatioGuard() throws IOException {
        byte[] zip = bomb();
        CountingStream upload = new CountingStream(zip);

        RulePackRejectedException e =
                assertThrows(RulePackRejectedException.class, () -> new RulePackArchive().read(upload));

        assertEquals(Reason.COMPRESSION_RATIO, e.reason());
        assertEquals(400, e.status());
        assertEquals(
                "Zip bomb: the entry \"" + TOP + "Lib/zeros.bin\" expands more than 200 times its compressed size",
                e.getMessage());
        // deflate expands at most 1032:1, so 64 KB read is at most 66 MB decompressed, far from 1 GB
        // (how little was read is the measure of "early"; a wall-clock bound would only measure the machine)
        assertTrue(upload.count < 64 * 1024, "read " + upload.count + " of " + zip.length + " compressed bytes");
    }

    @Test
    void aBombPastTheRatioGuardStopsAtTheExpandedLimit() {
        RulePackLimits noRatio = new RulePackLimits(
                DEFAULTS.maxUploadBytes(),
                100 * MB,
                DEFAULTS.maxFileBytes(),
                DEFAULTS.maxKeptBytes(),
                DEFAULTS.maxEntries(),
                Integer.MAX_VALUE,
                DEFAULTS.ratioFromBytes());
        CountingStream upload = new CountingStream(bomb());

        RulePackRejectedException e =
                assertThrows(RulePackRejectedException.class, () -> new RulePackArchive(noRatio).read(upload));

        assertEquals(Reason.EXPANDS_TOO_LARGE, e.reason());
        assertEquals(413, e.status());
        assertEquals("Rule pack too large", e.title());
        assertEquals("The zip expands to more than " + 100 * MB + " bytes", e.getMessage());
        assertTrue(upload.count < bomb().length / 5, "read " + upload.count + " of " + bomb().length);
    }

    @Test
    void refusesAKeptFileOverTheFileLimit() {
        RulePackLimits noRatio = new RulePackLimits(
                DEFAULTS.maxUploadBytes(),
                DEFAULTS.maxExpandedBytes(),
                DEFAULTS.maxFileBytes(),
                DEFAULTS.maxKeptBytes(),
                DEFAULTS.maxEntries(),
                Integer.MAX_VALUE,
                DEFAULTS.ratioFromBytes());
        Zip zip = new Zip(Deflater.DEFAULT_COMPRESSION).zeros("Data/Samples/huge.xml", 30L * MB);

        RulePackRejectedException e =
                assertThrows(RulePackRejectedException.class, () -> new RulePackArchive(noRatio).read(zip.stream()));

        assertEquals(Reason.FILE_TOO_LARGE, e.reason());
        assertEquals(413, e.status());
        assertEquals(
                "The file \"Data/Samples/huge.xml\" is larger than " + DEFAULTS.maxFileBytes() + " bytes",
                e.getMessage());
    }

    @Test
    void refusesKeptFilesOverTheKeptLimit() {
        RulePackLimits smallKept = new RulePackLimits(
                DEFAULTS.maxUploadBytes(),
                DEFAULTS.maxExpandedBytes(),
                3 * MB,
                3 * MB,
                DEFAULTS.maxEntries(),
                DEFAULTS.maxRatio(),
                DEFAULTS.ratioFromBytes());

        RulePackRejectedException e = refused(sdk(TOP, true).bytes(), smallKept);

        assertEquals(Reason.KEPT_TOO_LARGE, e.reason());
        assertEquals("The rule files together are larger than " + 3 * MB + " bytes", e.getMessage());
    }

    @Test
    void refusesTooManyEntries() {
        Zip zip = new Zip(Deflater.DEFAULT_COMPRESSION);
        for (int i = 0; i <= DEFAULTS.maxEntries(); i++) {
            zip.put("junk/" + i, new byte[0]);
        }
        CountingStream upload = new CountingStream(zip.bytes());

        RulePackRejectedException e =
                assertThrows(RulePackRejectedException.class, () -> new RulePackArchive().read(upload));

        assertEquals(Reason.TOO_MANY_ENTRIES, e.reason());
        assertEquals(413, e.status());
        assertEquals("The zip has more than 20000 entries", e.getMessage());
    }

    @Test
    void refusesAnUploadOverTheCompressedLimit() {
        byte[] zip =
                sdk(TOP, true).put(TOP + "Lib/sdk.jar", incompressible(5 * MB)).bytes();
        RulePackLimits small = new RulePackLimits(
                4 * MB,
                DEFAULTS.maxExpandedBytes(),
                DEFAULTS.maxFileBytes(),
                DEFAULTS.maxKeptBytes(),
                DEFAULTS.maxEntries(),
                DEFAULTS.maxRatio(),
                DEFAULTS.ratioFromBytes());
        CountingStream upload = new CountingStream(zip);

        RulePackRejectedException e =
                assertThrows(RulePackRejectedException.class, () -> new RulePackArchive(small).read(upload));

        assertEquals(Reason.UPLOAD_TOO_LARGE, e.reason());
        assertEquals(413, e.status());
        assertEquals("The upload is larger than " + 4 * MB + " bytes", e.getMessage());
        assertTrue(upload.count <= 4 * MB + 64 * 1024, "read " + upload.count);
    }

    static Stream<Arguments> withoutRules() {
        return Stream.of(
                Arguments.of(
                        "nothing of the pack",
                        (Predicate<String>) p -> p.startsWith("Certificates/") || p.startsWith("PIH/"),
                        "The zip has no rule files: expected Data/Rules/Schematrons/*.xsl, Data/Schemas/**/*.xsd and"
                                + " Data/Samples/**/*.xml at its root or under one top folder"),
                Arguments.of(
                        "no EN schematron",
                        (Predicate<String>) p -> !p.equals(EN),
                        "The zip lacks the EN 16931 schematron (Rules/Schematrons/*CEN-EN16931*.xsl)"),
                Arguments.of(
                        "no KSA schematron",
                        (Predicate<String>) p -> !p.equals(KSA),
                        "The zip lacks the KSA schematron (Rules/Schematrons/*.xsl naming ZATCA or holding BR-KSA"
                                + " rules)"),
                Arguments.of(
                        "no invoice schema",
                        (Predicate<String>) p -> !p.equals(INVOICE_XSD),
                        "The zip lacks the invoice schema (Schemas/**/UBL-Invoice-2.1.xsd)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutRules")
    void refusesAZipWithoutRules(String what, Predicate<String> included, String message) {
        RulePackRejectedException e = refused(sdk(TOP, true, included).bytes());

        assertEquals(Reason.MISSING_RULES, e.reason());
        assertEquals(400, e.status());
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void dataDeeperThanOneFolderIsNotFound() {
        RulePackRejectedException e = refused(sdk("a/" + TOP, true).bytes());

        assertEquals(Reason.MISSING_RULES, e.reason());
        assertTrue(e.getMessage().startsWith("The zip has no rule files"), e.getMessage());
    }

    @Test
    void refusesRuleFilesUnderTwoDataRoots() {
        byte[] zip = sdk("a/", false, p -> p.startsWith("Rules/"))
                .sdk("b/", false, p -> p.startsWith("Schemas/"))
                .bytes();

        RulePackRejectedException e = refused(zip);

        assertEquals(Reason.TWO_DATA_ROOTS, e.reason());
        assertEquals("The zip has rule files under two Data folders: \"a/Data/\" and \"b/Data/\"", e.getMessage());
    }

    @Test
    void refusesADuplicateEntry() {
        String first = "Data/Samples/dup-a.xml";
        String second = "Data/Samples/dup-b.xml";
        assertThrows(ZipException.class, () -> new Zip(Deflater.DEFAULT_COMPRESSION)
                .entry(first, new byte[] {1})
                .entry(first, new byte[] {2}));
        // ZipOutputStream refuses duplicate names, so the second name is renamed in the written bytes: same length,
        // and no CRC covers names
        byte[] zip = sdk("", false)
                .put(first, "<a/>".getBytes(StandardCharsets.UTF_8))
                .put(second, "<b/>".getBytes(StandardCharsets.UTF_8))
                .bytes();
        replaceAll(zip, second.getBytes(StandardCharsets.UTF_8), first.getBytes(StandardCharsets.UTF_8));

        RulePackRejectedException e = refused(zip);

        assertEquals(Reason.DUPLICATE_ENTRY, e.reason());
        assertEquals("The zip has the entry \"Data/Samples/dup-a.xml\" more than once", e.getMessage());
    }

    @Test
    void refusesTwoCandidatesForOnePart() {
        byte[] zip = sdk("", false)
                .put(
                        "Data/Rules/Schematrons/ZATCA_older_rules.xsl",
                        "<xsl:stylesheet/>".getBytes(StandardCharsets.UTF_8))
                .bytes();

        RulePackRejectedException e = refused(zip);

        assertEquals(Reason.AMBIGUOUS_RULES, e.reason());
        assertEquals(
                "The zip has more than one file for the KSA schematron (Rules/Schematrons/*.xsl naming ZATCA or"
                        + " holding BR-KSA rules): [" + KSA + ", Rules/Schematrons/ZATCA_older_rules.xsl]",
                e.getMessage());
    }

    @Test
    void theDefaultLimits() {
        assertEquals(
                new RulePackLimits(200L * MB, 500L * MB, 20L * MB, 64L * MB, 20_000, 200, MB), RulePackLimits.DEFAULTS);
        assertThrows(IllegalArgumentException.class, () -> new RulePackLimits(0, 1, 1, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new RulePackLimits(1, 1, 1L << 31, 1, 1, 1, 1));
    }

    // --- helpers

    static RulePackFiles read(byte[] zip) throws IOException {
        return new RulePackArchive().read(new ByteArrayInputStream(zip));
    }

    static RulePackRejectedException refused(byte[] zip) {
        return refused(zip, DEFAULTS);
    }

    static RulePackRejectedException refused(byte[] zip, RulePackLimits limits) {
        return assertThrows(
                RulePackRejectedException.class, () -> new RulePackArchive(limits).read(new ByteArrayInputStream(zip)));
    }

    /** Every file of the SDK's Data folder under {@code prefix}, with directory entries when asked. */
    static Zip sdk(String prefix, boolean directories) {
        return sdk(prefix, directories, p -> true);
    }

    static Zip sdk(String prefix, boolean directories, Predicate<String> included) {
        return new Zip(Deflater.DEFAULT_COMPRESSION).sdk(prefix, directories, included);
    }

    /** Paths below Data/ of the SDK's files, sorted as the pack sorts them. */
    static List<String> sdkFiles(Predicate<String> included) {
        return sdkPaths(included).stream()
                .map(RulePackArchiveTest::relative)
                .sorted()
                .toList();
    }

    static List<Path> sdkPaths(Predicate<String> included) {
        try (Stream<Path> files = Files.walk(SdkData.dir())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> included.test(relative(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path file) {
        return SdkData.dir().relativize(file).toString().replace('\\', '/');
    }

    static long directories(byte[] zip) throws IOException {
        long count = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                count += e.isDirectory() ? 1 : 0;
            }
        }
        return count;
    }

    static byte[] incompressible(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    /** A zip whose one skipped entry is 1 GB of zeros, deflated as it is written (about 1 MB); made once. */
    static synchronized byte[] bomb() {
        if (bomb == null) {
            bomb = new Zip(Deflater.DEFAULT_COMPRESSION)
                    .zeros(TOP + "Lib/zeros.bin", 1024L * MB)
                    .bytes();
        }
        return bomb;
    }

    static void replaceAll(byte[] bytes, byte[] what, byte[] with) {
        for (int i = 0; i <= bytes.length - what.length; i++) {
            if (Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                System.arraycopy(with, 0, bytes, i, with.length);
            }
        }
    }

    /** A zip written in memory. */
    static final class Zip {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final ZipOutputStream out = new ZipOutputStream(bytes);
        private final List<String> directories = new ArrayList<>();

        Zip(int level) {
            out.setLevel(level);
        }

        Zip put(String name, byte[] content) {
            try {
                return entry(name, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Zip entry(String name, byte[] content) throws IOException {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
            return this;
        }

        /** {@code size} zeros, written 64 KB at a time: never held in memory. */
        Zip zeros(String name, long size) {
            byte[] chunk = new byte[64 * 1024];
            try {
                out.putNextEntry(new ZipEntry(name));
                for (long written = 0; written < size; written += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
                }
                out.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Zip sdk(String prefix, boolean withDirectories, Predicate<String> included) {
            for (Path file : sdkPaths(included)) {
                String name = prefix + "Data/" + relative(file);
                if (withDirectories) {
                    directoriesOf(name);
                }
                put(name, SdkData.read(file));
            }
            return this;
        }

        private void directoriesOf(String name) {
            for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                String directory = name.substring(0, slash + 1);
                if (!directories.contains(directory)) {
                    directories.add(directory);
                    put(directory, new byte[0]);
                }
            }
        }

        byte[] bytes() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        InputStream stream() {
            return new ByteArrayInputStream(bytes());
        }
    }

    /** Counts what the reader took from the upload; skip and the bulk reads all go through these two. */
    static final class CountingStream extends FilterInputStream {

        long count;

        CountingStream(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
