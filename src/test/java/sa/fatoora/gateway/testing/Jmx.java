package sa.fatoora.gateway.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The running server's JMX, reached as an operator on the same machine reaches it: through Liberty's
 * localConnector, whose address the server writes to logs/state/com.ibm.ws.jmx.local.address (it.jmx.address.file).
 */
public final class Jmx {

    private static MBeanServerConnection connection;

    private Jmx() {}

    public static synchronized MBeanServerConnection connection() {
        if (connection == null) {
            try {
                String address = Files.readString(Path.of(System.getProperty("it.jmx.address.file")))
                        .strip();
                connection =
                        JMXConnectorFactory.connect(new JMXServiceURL(address)).getMBeanServerConnection();
            } catch (Exception e) {
                throw new AssertionError("the server's local JMX connector is not reachable", e);
            }
        }
        return connection;
    }

    public static Object attribute(ObjectName name, String attribute) {
        try {
            return connection().getAttribute(name, attribute);
        } catch (Exception e) {
            throw new AssertionError("JMX attribute " + name + " " + attribute, e);
        }
    }

    /** Invokes an operation without parameters; its exception (a failed operation) is thrown as it came. */
    public static Object invoke(ObjectName name, String operation) throws Exception {
        return connection().invoke(name, operation, new Object[0], new String[0]);
    }

    public static boolean isRegistered(ObjectName name) {
        try {
            return connection().isRegistered(name);
        } catch (Exception e) {
            throw new AssertionError("JMX " + name, e);
        }
    }
}
