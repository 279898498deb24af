package sa.fatoora.gateway.validation.entity;

import java.util.Objects;

/**
 * Which rules a document was checked with: named in every validation report, so that "valid" always says against
 * what.
 *
 * @param id      stable id: {@code built-in}, {@code directory}, or the stored pack's number
 * @param source  where the pack came from
 * @param version the rules' version as published (e.g. {@code 2.3.8}), or {@code unknown} when the pack does not say
 * @param digest    SHA-256 (hex) over the pack's files: two packs with the same digest check alike
 * @param optimized whether the schematrons run in their linear-cost form (StylesheetOptimizer); false when the pack
 *                  gave nothing to optimize, or when the optimized form could not be shown to find exactly what the
 *                  plain form finds on the pack's samples, and the plain form is used
 */
public record RulePackInfo(String id, RulePackSource source, String version, String digest, boolean optimized) {

    public RulePackInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(digest, "digest");
    }

    /** A pack as found, before its compiler decided on the form. */
    public RulePackInfo(String id, RulePackSource source, String version, String digest) {
        this(id, source, version, digest, false);
    }

    public RulePackInfo optimized(boolean optimized) {
        return new RulePackInfo(id, source, version, digest, optimized);
    }
}
