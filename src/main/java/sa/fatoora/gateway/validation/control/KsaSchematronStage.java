package sa.fatoora.gateway.validation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.validation.entity.Stage;

/** ZATCA's own rules (BR-KSA-xx); the file name carries its release date, hence configurable. */
@ApplicationScoped
public class KsaSchematronStage extends SchematronStage {

    static final String DEFAULT = "Rules/Schematrons/20210819_ZATCA_E-invoice_Validation_Rules.xsl";

    @Inject
    @ConfigProperty(name = "fatoora.validation.ksa-schematron", defaultValue = DEFAULT)
    String stylesheet = DEFAULT;

    @Override
    public Stage stage() {
        return Stage.KSA;
    }

    @Override
    protected String stylesheet() {
        return stylesheet;
    }
}
