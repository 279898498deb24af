package sa.fatoora.gateway.platform.control;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Registers the gateway's MXBeans on the platform MBeanServer, replacing one a previous deployment left behind
 * (redeployments), and removes them at stop. A bean that can't be registered is logged, never fatal: monitoring
 * must not stop the application.
 */
public final class PlatformMBeans {

    private static final Logger LOG = Logger.getLogger(PlatformMBeans.class.getName());

    private PlatformMBeans() {}

    public static void register(String name, Object bean) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName objectName = new ObjectName(name);
            if (server.isRegistered(objectName)) {
                server.unregisterMBean(objectName);
            }
            server.registerMBean(bean, objectName);
        } catch (JMException e) {
            LOG.warning(
                    () -> "MXBean " + name + " not registered: " + e.getClass().getSimpleName());
        }
    }

    public static void unregister(String name) {
        try {
            ObjectName objectName = new ObjectName(name);
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            if (server.isRegistered(objectName)) {
                server.unregisterMBean(objectName);
            }
        } catch (JMException e) {
            LOG.fine(() -> "MXBean " + name + " already gone");
        }
    }
}
