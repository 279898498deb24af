package sa.fatoora.gateway.certificate.boundary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javax.management.JMX;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Talks to the running server's {@code sa.fatoora.gateway:type=Certificates} MXBean as an operator's JMX console
 * would, through Liberty's local connector (localConnector-1.0 writes its address into the server's
 * logs/state/com.ibm.ws.jmx.local.address; the build's server is target/liberty/wlp/usr/servers/fatoora).
 */
final class CertificatesJmx {

    static final Path ADDRESS =
            Path.of("target/liberty/wlp/usr/servers/fatoora/logs/state/com.ibm.ws.jmx.local.address");

    private CertificatesJmx() {}

    static <T> T call(Function<CertificatesMXBean, T> operation) {
        try (JMXConnector connector = JMXConnectorFactory.connect(
                new JMXServiceURL(Files.readString(ADDRESS).strip()))) {
            CertificatesMXBean bean = JMX.newMXBeanProxy(
                    connector.getMBeanServerConnection(),
                    new ObjectName(CertificatesMXBean.OBJECT_NAME),
                    CertificatesMXBean.class);
            return operation.apply(bean);
        } catch (Exception e) {
            throw new AssertionError("JMX call failed (is the server running? " + ADDRESS + ")", e);
        }
    }

    static String checkNow() {
        return call(CertificatesMXBean::checkNow);
    }
}
