package sa.fatoora.gateway.zatca.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * Registers one {@link ZatcaOAuthMXBean} per environment on the platform MBeanServer when the application starts
 * (Liberty's localConnector and restConnector serve that server) and removes them when it stops, so that a
 * redeployment does not find stale beans. Also offers the counts as MicroProfile Telemetry metrics when the
 * mpTelemetry feature is enabled (see {@link ZatcaOAuthTelemetry}).
 */
@ApplicationScoped
public class ZatcaOAuthJmx {

    public static final String DOMAIN = "sa.fatoora.gateway";
    private static final Logger LOG = Logger.getLogger(ZatcaOAuthJmx.class.getName());

    @Inject
    ZatcaOAuthTokens tokens;

    @Inject
    FatooraAuthModes modes;

    private final List<ObjectName> registered = new ArrayList<>();

    public static ObjectName name(ZatcaEnvironment environment) throws JMException {
        return new ObjectName(DOMAIN + ":type=ZatcaOAuth,environment=" + environment.name());
    }

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (ZatcaEnvironment env : ZatcaEnvironment.values()) {
            try {
                ObjectName name = name(env);
                if (server.isRegistered(name)) {
                    server.unregisterMBean(name);
                }
                server.registerMBean(tokens.monitor(env, authMode(env)), name);
                registered.add(name);
            } catch (JMException e) {
                LOG.warning(() -> "ZATCA OAuth MXBean for " + env + " not registered: "
                        + e.getClass().getSimpleName());
            }
        }
        Map<ZatcaEnvironment, OAuthStats> stats = new EnumMap<>(ZatcaEnvironment.class);
        for (ZatcaEnvironment env : ZatcaEnvironment.values()) {
            stats.put(env, tokens.stats(env));
        }
        ZatcaOAuthTelemetry.registerIfAvailable(stats);
    }

    private String authMode(ZatcaEnvironment env) {
        try {
            return modes.mode(env).text();
        } catch (GatewayException e) {
            return e.getMessage();
        }
    }

    @PreDestroy
    void unregister() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (ObjectName name : registered) {
            try {
                if (server.isRegistered(name)) {
                    server.unregisterMBean(name);
                }
            } catch (JMException e) {
                LOG.fine("MXBean already gone");
            }
        }
        registered.clear();
    }
}
