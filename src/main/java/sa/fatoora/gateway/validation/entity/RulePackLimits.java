package sa.fatoora.gateway.validation.entity;

/**
 * Bounds for reading an uploaded rule pack zip. Each bound is checked against what is actually read, never against
 * what the zip declares: declared sizes are written by whoever made the zip. The defaults leave room for the SDK zip
 * as ZATCA publishes it (its rule files, schemas and samples are about 4 MB; the rest is skipped but still read)
 * while a hostile zip is stopped before it costs much memory or time.
 *
 * @param maxUploadBytes compressed bytes read from the upload
 * @param maxExpandedBytes decompressed bytes across all entries, skipped ones included
 * @param maxFileBytes decompressed bytes of one kept file (each is held in memory)
 * @param maxKeptBytes decompressed bytes of all kept files together (all are held in memory at once)
 * @param maxEntries entries of any kind, directories and skipped ones included
 * @param maxRatio decompressed bytes per compressed byte of one entry, checked once the entry passes
 *     {@code ratioFromBytes}
 * @param ratioFromBytes entries smaller than this are not ratio-checked: small text files can compress very well
 *     without being a bomb, and a bomb must expand past this to do harm
 */
public record RulePackLimits(
        long maxUploadBytes,
        long maxExpandedBytes,
        long maxFileBytes,
        long maxKeptBytes,
        int maxEntries,
        int maxRatio,
        long ratioFromBytes) {

    private static final long MB = 1024L * 1024L;

    /** 200 MB upload, 500 MB expanded, 20 MB per kept file, 64 MB kept, 20,000 entries, 200:1 past 1 MB. */
    public static final RulePackLimits DEFAULTS =
            new RulePackLimits(200 * MB, 500 * MB, 20 * MB, 64 * MB, 20_000, 200, MB);

    public RulePackLimits {
        positive("maxUploadBytes", maxUploadBytes);
        positive("maxExpandedBytes", maxExpandedBytes);
        positive("maxFileBytes", maxFileBytes);
        positive("maxKeptBytes", maxKeptBytes);
        positive("maxEntries", maxEntries);
        positive("maxRatio", maxRatio);
        positive("ratioFromBytes", ratioFromBytes);
        // a kept file is one byte array
        if (maxFileBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxFileBytes must fit in one array: " + maxFileBytes);
        }
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
