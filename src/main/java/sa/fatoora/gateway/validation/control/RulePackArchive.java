package sa.fatoora.gateway.validation.control;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import sa.fatoora.gateway.validation.control.RulePackRejectedException.Reason;
import sa.fatoora.gateway.validation.entity.RulePackFiles;
import sa.fatoora.gateway.validation.entity.RulePackLimits;

/**
 * Reads an uploaded ZATCA SDK zip and keeps only its rule pack: the schematrons, the schemas and the sample invoices
 * below its {@code Data/} folder. The upload is streamed once and nothing is written to disk; only kept files are
 * held in memory. Skipped entries (the SDK's jar, certificates, apps) are still decompressed and counted, because a
 * bomb hidden in a skipped entry costs the same CPU. Every limit counts bytes actually read, never the sizes the zip
 * declares. Anything suspicious refuses the whole zip with a {@link RulePackRejectedException}. Thread-safe: each
 * {@link #read} keeps its own state.
 */
public class RulePackArchive {

    private static final int BUFFER_BYTES = 16 * 1024;

    private final RulePackLimits limits;

    public RulePackArchive(RulePackLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public RulePackArchive() {
        this(RulePackLimits.DEFAULTS);
    }

    /**
     * The rule pack in {@code upload}, read to the zip's last entry. The caller keeps {@code upload} and closes it.
     *
     * @throws RulePackRejectedException the zip is refused; {@link RulePackRejectedException#reason()} says why
     * @throws IOException reading {@code upload} itself failed (the client went away), not the zip's fault
     */
    public RulePackFiles read(InputStream upload) throws IOException {
        CountingInput counted = new CountingInput(Objects.requireNonNull(upload, "upload"), limits.maxUploadBytes());
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            return new Reading(limits, counted, zip).all();
        } catch (IOException e) {
            if (counted.sourceFailed) {
                throw e;
            }
            // ZipException, EOFException from a truncated deflate stream, a bad CRC at an entry's end
            throw new RulePackRejectedException(
                    Reason.DAMAGED_ZIP,
                    "The zip is damaged, truncated or uses a feature not supported here: "
                            + Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
        }
    }

    /** The state of one read. */
    private static final class Reading {

        private final RulePackLimits limits;
        private final CountingInput counted;
        private final ZipInputStream zip;
        private final byte[] buffer = new byte[BUFFER_BYTES];
        private final SortedMap<String, byte[]> files = new TreeMap<>();
        private String dataRoot;
        private int entries;
        private int skipped;
        private long expanded;
        private long kept;

        Reading(RulePackLimits limits, CountingInput counted, ZipInputStream zip) {
            this.limits = limits;
            this.counted = counted;
            this.zip = zip;
        }

        RulePackFiles all() throws IOException {
            ZipEntry entry;
            while ((entry = next()) != null) {
                entries++;
                if (entries > limits.maxEntries()) {
                    throw new RulePackRejectedException(
                            Reason.TOO_MANY_ENTRIES, "The zip has more than " + limits.maxEntries() + " entries");
                }
                String name = entry.getName();
                String unsafe = RulePackPaths.unsafe(name);
                if (unsafe != null) {
                    throw new RulePackRejectedException(
                            Reason.UNSAFE_ENTRY_NAME,
                            "Unsafe entry name: the entry " + RulePackPaths.shown(name) + " " + unsafe);
                }
                Optional<RulePackPaths.Kept> keep = entry.isDirectory() ? Optional.empty() : RulePackPaths.kept(name);
                if (keep.isPresent()) {
                    keep(name, keep.get());
                } else {
                    expand(name, null);
                    skipped++;
                }
            }
            if (entries == 0) {
                throw new RulePackRejectedException(Reason.NOT_A_ZIP, "The upload is not a zip (no zip entries found)");
            }
            if (dataRoot == null) {
                throw new RulePackRejectedException(
                        Reason.MISSING_RULES,
                        "The zip has no rule files: expected Data/Rules/Schematrons/*.xsl, Data/Schemas/**/*.xsd and"
                                + " Data/Samples/**/*.xml at its root or under one top folder");
            }
            return RulePackRoles.identify(dataRoot, files, skipped);
        }

        /** The next entry; a name that is not UTF-8 is refused like any other unsafe name. */
        private ZipEntry next() throws IOException {
            try {
                return zip.getNextEntry();
            } catch (IllegalArgumentException e) {
                throw new RulePackRejectedException(
                                Reason.UNSAFE_ENTRY_NAME, "The name of entry " + (entries + 1) + " is not valid UTF-8")
                        .causedBy(e);
            }
        }

        private void keep(String name, RulePackPaths.Kept file) throws IOException {
            // both checked before the bytes are read: a refused zip costs no more than it must
            if (dataRoot == null) {
                dataRoot = file.dataRoot();
            } else if (!dataRoot.equals(file.dataRoot())) {
                throw new RulePackRejectedException(
                        Reason.TWO_DATA_ROOTS,
                        "The zip has rule files under two Data folders: " + RulePackPaths.shown(dataRoot) + " and "
                                + RulePackPaths.shown(file.dataRoot()));
            }
            if (files.containsKey(file.path())) {
                throw new RulePackRejectedException(
                        Reason.DUPLICATE_ENTRY,
                        "The zip has the entry " + RulePackPaths.shown(name) + " more than once");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            expand(name, bytes);
            files.put(file.path(), bytes.toByteArray());
        }

        /** Decompresses the current entry into {@code into}, or into nothing when it is skipped, checking as it goes. */
        private void expand(String name, ByteArrayOutputStream into) throws IOException {
            long compressedAtStart = counted.count;
            long entryBytes = 0;
            int n;
            while ((n = zip.read(buffer)) != -1) {
                entryBytes += n;
                expanded += n;
                if (expanded > limits.maxExpandedBytes()) {
                    throw new RulePackRejectedException(
                            Reason.EXPANDS_TOO_LARGE,
                            "The zip expands to more than " + limits.maxExpandedBytes() + " bytes");
                }
                // the compressed count runs up to one read buffer ahead; past ratioFromBytes that is noise
                long compressed = Math.max(1, counted.count - compressedAtStart);
                if (entryBytes >= limits.ratioFromBytes() && entryBytes > compressed * limits.maxRatio()) {
                    throw new RulePackRejectedException(
                            Reason.COMPRESSION_RATIO,
                            "Zip bomb: the entry " + RulePackPaths.shown(name) + " expands more than "
                                    + limits.maxRatio() + " times its compressed size");
                }
                if (into != null) {
                    if (entryBytes > limits.maxFileBytes()) {
                        throw new RulePackRejectedException(
                                Reason.FILE_TOO_LARGE,
                                "The file " + RulePackPaths.shown(name) + " is larger than " + limits.maxFileBytes()
                                        + " bytes");
                    }
                    if (kept + entryBytes > limits.maxKeptBytes()) {
                        throw new RulePackRejectedException(
                                Reason.KEPT_TOO_LARGE,
                                "The rule files together are larger than " + limits.maxKeptBytes() + " bytes");
                    }
                    into.write(buffer, 0, n);
                }
            }
            if (into != null) {
                kept += entryBytes;
            }
        }
    }

    /**
     * Counts the compressed bytes taken from the upload and refuses past the limit. Marks failures of the upload
     * itself, so they are not mistaken for a damaged zip. Does not close the upload: the caller owns it.
     */
    private static final class CountingInput extends FilterInputStream {

        private final long limit;
        private long count;
        private boolean sourceFailed;

        CountingInput(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = guarded(() -> super.read());
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = guarded(() -> super.read(buffer, offset, length));
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // read rather than skip: every byte must be counted, and some streams skip more than they deliver
            byte[] discard = new byte[(int) Math.min(n, BUFFER_BYTES)];
            int read = read(discard, 0, discard.length);
            return Math.max(read, 0);
        }

        @Override
        public void close() {
            // the caller closes the upload
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private int guarded(IoRead read) throws IOException {
            try {
                return read.read();
            } catch (IOException e) {
                sourceFailed = true;
                throw e;
            }
        }

        private void add(int n) {
            count += n;
            if (count > limit) {
                throw new RulePackRejectedException(
                        Reason.UPLOAD_TOO_LARGE, "The upload is larger than " + limit + " bytes");
            }
        }
    }

    @FunctionalInterface
    private interface IoRead {
        int read() throws IOException;
    }
}
