package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sa.fatoora.gateway.event.control.EventFeed;
import sa.fatoora.gateway.event.entity.EventView;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.invoice.entity.IssuedDocument;
import sa.fatoora.gateway.platform.control.Riyadh;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.testing.incontainer.InContainer;
import sa.fatoora.gateway.testing.incontainer.MovableClock;
import sa.fatoora.gateway.testing.incontainer.Store;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * In the container: the reporting-deadline events of {@link DeadlineWatch} on the real database, at times set by
 * the test-only {@link MovableClock} (24 hours can't be waited for). The documents are rows only, leased far ahead
 * so the outbox leaves them alone; their XML is never read.
 */
@Tag("in-container")
@ExtendWith(ArquillianExtension.class)
public class DeadlineWatchArqIT {

    /** Years ahead of the real clock, so no other document's deadline is near. */
    static final Instant PINNED = Instant.parse("2032-05-10T22:30:00Z");

    @Deployment
    public static WebArchive deployment() {
        return InContainer.gatewayWith("deadline-watch-arq");
    }

    @Inject
    DeadlineWatch watch;

    @Inject
    EventFeed feed;

    @Inject
    Store store;

    @Test
    public void atRiskAndMissedArePublishedOnceEachInDeadlineOrder() {
        long tenant = ThreadLocalRandom.current().nextLong(3_000_000_000L, 4_000_000_000L);
        InvoiceDocument soon = simplified(tenant, 1, PINNED.plus(Duration.ofHours(3)));
        InvoiceDocument past = simplified(tenant, 2, PINNED.minus(Duration.ofHours(1)));
        InvoiceDocument later = simplified(tenant, 3, PINNED.plus(Duration.ofHours(10)));

        MovableClock.INSTANCE.pin(PINNED);
        try {
            watch.run();
            watch.run(); // nothing new: each event once
            assertEquals(
                    List.of("invoice.deadline-missed:" + past.getId(), "invoice.deadline-at-risk:" + soon.getId()),
                    published(tenant));

            // four hours on: the at-risk one has missed its deadline too; the later one is at risk now (6 h margin)
            MovableClock.INSTANCE.pin(PINNED.plus(Duration.ofHours(4)));
            watch.run();
            assertEquals(
                    List.of(
                            "invoice.deadline-missed:" + past.getId(),
                            "invoice.deadline-at-risk:" + soon.getId(),
                            "invoice.deadline-missed:" + soon.getId(),
                            "invoice.deadline-at-risk:" + later.getId()),
                    published(tenant));
        } finally {
            MovableClock.INSTANCE.release();
        }
        EventView missed = feed.page(tenant, null, null, List.of("invoice.deadline-missed"))
                .events()
                .get(0);
        assertEquals("PENDING", missed.data().getString("status"));
        assertEquals("SIMPLIFIED", missed.data().getString("subtype"));
        assertEquals("2032-05-10T00:30:00+03:00", missed.data().getString("issuedAt"));
        assertEquals("2032-05-11T00:30:00+03:00", missed.data().getString("reportingDeadline"));
    }

    private List<String> published(long tenant) {
        return feed.page(tenant, null, null, List.of()).events().stream()
                .map(e -> e.type() + ":" + e.data().getJsonNumber("invoiceId").longValue())
                .toList();
    }

    private InvoiceDocument simplified(long tenant, long icv, Instant deadline) {
        Instant issued = deadline.minus(Duration.ofHours(24));
        IssuedDocument d = new IssuedDocument(
                tenant,
                tenant + icv,
                ZatcaEnvironment.SANDBOX,
                UUID.randomUUID().toString(),
                "DW-" + icv,
                icv,
                "pih",
                "hash-" + icv,
                DocumentType.TAX_INVOICE,
                InvoiceSubtype.SIMPLIFIED,
                SubmissionAction.REPORTING,
                "<Invoice/>".getBytes(StandardCharsets.UTF_8),
                "qr",
                issued,
                LocalDate.ofInstant(issued, Riyadh.ZONE),
                deadline,
                "key-" + UUID.randomUUID(),
                "digest");
        // leased far ahead: the outbox never claims it, so it stays PENDING for the test
        return store.persist(new InvoiceDocument(d, "test-lease", PINNED.plus(Duration.ofDays(3650)), issued));
    }
}
