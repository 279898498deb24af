package sa.fatoora.gateway.validation.entity;

import java.util.Objects;

/**
 * Which rules a document was checked with: named in every validation report, so that "valid" always says against
 * what.
 *
 * @param id      stable id: {@code built-in}, {@code directory}, or the stored pack's number
 * @param source  where the pack came from
 * @param version the rules' version as published (e.g. {@code 2.3.8}), or {@code unknown} when the pack does not say
 * @param digest  SHA-256 (hex) over the pack's rule and schema files: two packs with the same digest check alike
 */
public record RulePackInfo(String id, RulePackSource source, String version, String digest) {

    public RulePackInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(digest, "digest");
    }
}
