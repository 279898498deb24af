package sa.fatoora.gateway.validation.control;

import jakarta.enterprise.context.ApplicationScoped;
import net.sf.saxon.s9api.XsltExecutable;
import sa.fatoora.gateway.validation.entity.Stage;

/** ZATCA's own rules (BR-KSA-xx). */
@ApplicationScoped
public class KsaSchematronStage extends SchematronStage {

    @Override
    public Stage stage() {
        return Stage.KSA;
    }

    @Override
    protected XsltExecutable executable(CompiledRulePack pack) {
        return pack.ksa();
    }
}
