package sa.fatoora.gateway.validation.control;

import jakarta.enterprise.context.ApplicationScoped;
import net.sf.saxon.s9api.XsltExecutable;
import sa.fatoora.gateway.validation.entity.Stage;

/** The EN 16931 business rules (BR-xx, BR-CO-xx, ...) as ZATCA ships them. */
@ApplicationScoped
public class EnSchematronStage extends SchematronStage {

    @Override
    public Stage stage() {
        return Stage.EN;
    }

    @Override
    protected XsltExecutable executable(CompiledRulePack pack) {
        return pack.en();
    }
}
