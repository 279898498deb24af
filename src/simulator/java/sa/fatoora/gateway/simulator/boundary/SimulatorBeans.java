package sa.fatoora.gateway.simulator.boundary;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.Set;
import java.util.logging.Logger;
import sa.fatoora.gateway.certificate.control.CsrChecker;
import sa.fatoora.gateway.platform.control.Clocks;
import sa.fatoora.gateway.platform.control.DataFolder;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.signing.control.InvoiceHasher;
import sa.fatoora.gateway.signing.control.SignatureVerifier;
import sa.fatoora.gateway.validation.control.EnSchematronStage;
import sa.fatoora.gateway.validation.control.KsaSchematronStage;
import sa.fatoora.gateway.validation.control.PihStage;
import sa.fatoora.gateway.validation.control.QrStage;
import sa.fatoora.gateway.validation.control.RulesDirectory;
import sa.fatoora.gateway.validation.control.SignatureStage;
import sa.fatoora.gateway.validation.control.ValidationService;
import sa.fatoora.gateway.validation.control.XsdStage;

/**
 * Which of the gateway's CDI beans exist in the simulator's WAR. The simulator uses the gateway's classes as a
 * library (WEB-INF/lib/fatoora-gateway-library.jar: the gateway's classes without their boundaries, persistence
 * unit and changelog; see pom.xml, execution gateway-library). That jar has no beans.xml, so CDI discovers every
 * bean-defining class in it, among them beans that need the gateway's persistence unit, start timers, register
 * JMX names or refresh rule packs from the gateway's database. This extension vetoes every bean class of the gateway
 * except the few the simulator injects (directly or through them) and the JAX-RS platform (platform.boundary:
 * problem mappers, JSON-B settings, body limit), so the simulator starts exactly these and nothing of the gateway's
 * own work. A bean missing here shows at deployment as an unsatisfied dependency, never later.
 */
public class SimulatorBeans implements Extension {

    private static final Logger LOG = Logger.getLogger(SimulatorBeans.class.getName());

    private static final String GATEWAY = "sa.fatoora.gateway.";
    private static final String SIMULATOR = GATEWAY + "simulator.";
    private static final String JAX_RS_PLATFORM = GATEWAY + "platform.boundary.";

    /** The gateway beans the simulator uses. */
    static final Set<Class<?>> USED = Set.of(
            // platform: the clock, the data folder (CA key, administrator key), transactions
            Clocks.class,
            DataFolder.class,
            Transactions.class,
            // certificate: the CSR checks of the compliance and renewal calls
            CsrChecker.class,
            // signing: the invoice hash; signature verification for the validation stages
            InvoiceHasher.class,
            SignatureVerifier.class,
            // validation: the gateway's validation with all six stages, and the SDK folder for its rule pack
            ValidationService.class,
            XsdStage.class,
            EnSchematronStage.class,
            KsaSchematronStage.class,
            SignatureStage.class,
            QrStage.class,
            PihStage.class,
            RulesDirectory.class);

    <T> void onlyWhatTheSimulatorUses(@Observes ProcessAnnotatedType<T> type) {
        Class<T> bean = type.getAnnotatedType().getJavaClass();
        String name = bean.getName();
        if (name.startsWith(GATEWAY)
                && !name.startsWith(SIMULATOR)
                && !name.startsWith(JAX_RS_PLATFORM)
                && !USED.contains(bean)) {
            LOG.finer(() -> "simulator: gateway bean " + name + " left out");
            type.veto();
        }
    }
}
