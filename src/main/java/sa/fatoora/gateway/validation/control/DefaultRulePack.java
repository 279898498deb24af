package sa.fatoora.gateway.validation.control;

import java.time.Clock;
import java.util.logging.Logger;
import sa.fatoora.gateway.validation.entity.RulePackFiles;

/**
 * A fixed rule pack, the one an instance starts from: the configured SDK folder ({@code zatca.sdk.data.dir}) when
 * it can be read, else the built-in pack the build brings. Compiled once, at the first {@link #active()} (seconds),
 * and kept; nothing switches it. Not a CDI bean: the gateway's {@link ActiveRulePack} is {@link RulePacks}, whose
 * default is the same choice; a deployable without the gateway's database (the simulator) wraps this one.
 */
public final class DefaultRulePack implements ActiveRulePack {

    private static final Logger LOG = Logger.getLogger(DefaultRulePack.class.getName());

    private final RulesDirectory directory;
    private final Clock clock;
    private volatile Active active;

    public DefaultRulePack(RulesDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Active active() {
        Active now = active;
        if (now == null) {
            synchronized (this) {
                now = active;
                if (now == null) {
                    now = compile();
                    active = now;
                }
            }
        }
        return now;
    }

    private Active compile() {
        if (directory.configured()) {
            try {
                RulePackFiles files = directory.load();
                return new Active(RulePackCompiler.compile(directory.info(files), files, clock.instant()), null);
            } catch (RulesUnavailableException e) {
                LOG.warning(() -> "configured rules directory not used: " + e.getMessage());
            }
        }
        try {
            RulePackFiles files = BuiltInRulePack.files();
            return new Active(RulePackCompiler.compile(BuiltInRulePack.info(files), files, clock.instant()), null);
        } catch (RulesUnavailableException e) {
            return new Active(null, "no rule pack can be used: built-in pack: " + e.getMessage());
        }
    }
}
