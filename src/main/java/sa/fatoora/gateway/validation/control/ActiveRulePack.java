package sa.fatoora.gateway.validation.control;

/**
 * Where validation takes its rule pack from: a port. {@link ValidationService} asks it for the pack once per
 * document. The gateway's implementation is {@link RulePacks} (the database names the active pack, administrators
 * switch it at run time); the built-in simulator, a separate deployable without the gateway's database, brings its
 * own: one fixed pack, the configured SDK folder or the built-in rules ({@link DefaultRulePack}).
 */
public interface ActiveRulePack {

    /** The pack validations use now, or why there is none. */
    record Active(CompiledRulePack pack, String reason) {}

    /** The pack to validate with now; a pack of null comes with the reason. */
    Active active();
}
