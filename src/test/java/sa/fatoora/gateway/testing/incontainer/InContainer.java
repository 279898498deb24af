package sa.fatoora.gateway.testing.incontainer;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of the in-container tests (*ArqIT): the WAR the build made ({@code target/fatoora-gateway.war},
 * failsafe's {@code arq.war}), so CDI, the EJBs, JPA and the schema migration boot exactly as in production, plus the
 * test-only beans of this package and the test class (Arquillian adds the test class and its own runner). Nothing of
 * the product is replaced except the clock: {@link MovableClockProducer} is an alternative that exists only here.
 */
public final class InContainer {

    private InContainer() {}

    public static WebArchive gatewayWith(String name, Class<?>... more) {
        File war = new File(System.getProperty("arq.war", "target/fatoora-gateway.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: the in-container tests deploy the packaged WAR");
        }
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addClasses(
                        InContainer.class,
                        MovableClock.class,
                        MovableClockProducer.class,
                        TimerProbe.class,
                        Store.class)
                .addClasses(more);
    }
}
