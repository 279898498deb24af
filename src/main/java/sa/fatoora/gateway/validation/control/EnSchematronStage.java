package sa.fatoora.gateway.validation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.validation.entity.Stage;

/** The EN 16931 business rules (BR-xx, BR-CO-xx, ...) as ZATCA ships them. */
@ApplicationScoped
public class EnSchematronStage extends SchematronStage {

    static final String DEFAULT = "Rules/Schematrons/CEN-EN16931-UBL.xsl";

    @Inject
    @ConfigProperty(name = "fatoora.validation.en-schematron", defaultValue = DEFAULT)
    String stylesheet = DEFAULT;

    @Override
    public Stage stage() {
        return Stage.EN;
    }

    @Override
    protected String stylesheet() {
        return stylesheet;
    }
}
