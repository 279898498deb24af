package sa.fatoora.gateway.validation.control;

import java.util.Objects;
import javax.xml.validation.Schema;
import net.sf.saxon.s9api.XsltExecutable;
import sa.fatoora.gateway.validation.entity.RulePackInfo;

/**
 * A rule pack ready to check documents: the UBL schema and both schematrons compiled once. All three are immutable
 * and thread-safe (a {@link Schema} makes a validator per call, an {@link XsltExecutable} a transformer per call),
 * so one instance serves every request until another pack is made active.
 */
public record CompiledRulePack(RulePackInfo info, Schema schema, XsltExecutable en, XsltExecutable ksa) {

    public CompiledRulePack {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(ksa, "ksa");
    }
}
