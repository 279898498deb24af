package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.InvoiceChain;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.signing.control.ChainReferences;
import sa.fatoora.gateway.signing.control.SigningIdentity;
import sa.fatoora.gateway.testing.incontainer.InContainer;
import sa.fatoora.gateway.testing.incontainer.Store;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * In the container: the per-unit chain lock of {@link DocumentIssuer} and {@link InvoiceChains} on the real
 * transaction manager and database (embedded Derby), with the server's managed executor as the concurrent callers.
 * Documents are the SDK's simplified sample (unsigned again) signed with the SDK's dummy CSID, both read from
 * {@code zatca.sdk.dir} (the server's JVM option, src/test/arquillian/liberty/jvm.options), never copied. The units are bare ids:
 * the issuer and the chain rows need nothing else of a unit.
 */
@Tag("in-container")
@ExtendWith(ArquillianExtension.class)
public class InvoiceChainsArqIT {

    static final int THREADS = 10;

    @Deployment
    public static WebArchive deployment() {
        return InContainer.gatewayWith("invoice-chains-arq");
    }

    @Inject
    DocumentIssuer issuer;

    @Inject
    InvoiceChains chains;

    @Inject
    Transactions tx;

    @Inject
    Store store;

    @Test
    public void concurrentDocumentsOfOneUnitChainWithoutGapsOrDuplicates() throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        SigningIdentity identity = dummyIdentity();
        byte[] xml = unsignedSample();
        long unit = newUnit();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DocumentIssuer.Issued>> calls = new ArrayList<>();
        for (int i = 1; i <= THREADS; i++) {
            IssueOrder order = order(unit, "thread-" + i, xml);
            calls.add(executor.submit(() -> {
                start.await();
                return issuer.issue(order, () -> identity);
            }));
        }
        start.countDown();
        List<InvoiceDocument> issued = new ArrayList<>();
        for (Future<DocumentIssuer.Issued> call : calls) {
            DocumentIssuer.Issued result = call.get(120, TimeUnit.SECONDS);
            assertFalse(result.replay());
            issued.add(result.document());
        }
        issued.sort(Comparator.comparingLong(InvoiceDocument::getIcv));
        assertChained(issued);

        // what the database holds agrees: one row per ICV 1..N, and the chain head is the last of them
        List<InvoiceDocument> stored = store.list(
                "SELECT d FROM InvoiceDocument d WHERE d.egsUnitId = :unit ORDER BY d.icv",
                InvoiceDocument.class,
                Map.of("unit", unit));
        assertChained(stored);
        InvoiceChain head = tx.required(() -> chains.lock(unit));
        assertEquals(THREADS, head.getLastIcv());
        assertEquals(stored.get(THREADS - 1).getInvoiceHash(), head.getLastHash());
        // and each signed document carries its own position
        for (InvoiceDocument d : stored) {
            String signed = new String(d.getSignedXml(), StandardCharsets.UTF_8);
            assertTrue(signed.contains("<cbc:UUID>" + d.getIcv() + "</cbc:UUID>"), "ICV in document " + d.getIcv());
            assertTrue(signed.contains(d.getPreviousInvoiceHash()), "PIH in document " + d.getIcv());
        }
    }

    @Test
    public void oneUnitsLockHoldsThatUnitOnlyNotAnother() throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        SigningIdentity identity = dummyIdentity();
        byte[] xml = unsignedSample();
        long a = newUnit();
        long b = newUnit();
        InvoiceDocument a1 = issuer.issue(order(a, "a-1", xml), () -> identity).document();
        InvoiceDocument b1 = issuer.issue(order(b, "b-1", xml), () -> identity).document();

        // a transaction of another caller holds unit A's chain row (SELECT ... FOR UPDATE) until released
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Long> holder = executor.submit(() -> tx.required(() -> {
            long icv = chains.lock(a).getLastIcv();
            locked.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return icv;
        }));
        try {
            assertTrue(locked.await(30, TimeUnit.SECONDS), "the holder has unit A's row");
            Future<DocumentIssuer.Issued> a2 =
                    executor.submit(() -> issuer.issue(order(a, "a-2", xml), () -> identity));

            // unit B's document goes through at once while A's row is held
            long started = System.nanoTime();
            InvoiceDocument b2 = executor.submit(() -> issuer.issue(order(b, "b-2", xml), () -> identity))
                    .get(20, TimeUnit.SECONDS)
                    .document();
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertEquals(2, b2.getIcv());
            assertEquals(b1.getInvoiceHash(), b2.getPreviousInvoiceHash());
            assertTrue(tookMillis < 10_000, "unit B waited " + tookMillis + " ms");

            // unit A's document waits for the row lock
            Thread.sleep(1_000);
            assertFalse(a2.isDone(), "unit A's next document waits while its chain row is locked");
            assertFalse(holder.isDone(), "the holder still holds the lock");

            release.countDown();
            InvoiceDocument a2done = a2.get(60, TimeUnit.SECONDS).document();
            assertEquals(2, a2done.getIcv());
            assertEquals(a1.getInvoiceHash(), a2done.getPreviousInvoiceHash());
            assertEquals(1L, holder.get(10, TimeUnit.SECONDS), "the holder saw ICV 1 under the lock");
        } finally {
            release.countDown();
        }
    }

    private static void assertChained(List<InvoiceDocument> documents) {
        assertEquals(
                LongStream.rangeClosed(1, THREADS).boxed().toList(),
                documents.stream().map(InvoiceDocument::getIcv).toList(),
                "ICVs 1.." + THREADS + ", no gap, no duplicate");
        assertEquals(ChainPosition.FIRST_PREVIOUS_HASH, documents.get(0).getPreviousInvoiceHash());
        for (int i = 1; i < documents.size(); i++) {
            assertEquals(
                    documents.get(i - 1).getInvoiceHash(),
                    documents.get(i).getPreviousInvoiceHash(),
                    "PIH of ICV " + documents.get(i).getIcv() + " is the hash of ICV " + (i));
        }
    }

    private static long newUnit() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    }

    private static IssueOrder order(long unit, String key, byte[] xml) {
        ErpXml.Facts facts = ErpXml.read(xml);
        return new IssueOrder(
                unit,
                unit,
                ZatcaEnvironment.SANDBOX,
                "INV-" + key,
                UUID.randomUUID().toString(),
                facts.type(),
                facts.subtype(),
                SubmissionAction.REPORTING,
                key,
                "digest-" + key,
                position -> new IssueOrder.Unsigned(
                        ChainReferences.write(xml, position.icv(), position.previousInvoiceHash()), facts.issuedAt()));
    }

    private static Path sdkData() {
        return Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data");
    }

    private static SigningIdentity dummyIdentity() {
        return SigningIdentity.fromPem(
                read(sdkData().resolve("Certificates/cert.pem")),
                read(sdkData().resolve("Certificates/ec-secp256k1-priv-key.pem")));
    }

    /** The SDK's signed simplified invoice without its signature, QR and UBL extensions, as an ERP sends it. */
    private static byte[] unsignedSample() {
        String signed = read(sdkData().resolve("Samples/Simplified/Invoice/Simplified_Invoice.xml"));
        return signed.replaceFirst("(?s)<ext:UBLExtensions>.*?</ext:UBLExtensions>", "")
                .replaceFirst(
                        "(?s)<cac:AdditionalDocumentReference>\\s*<cbc:ID>QR</cbc:ID>.*?"
                                + "</cac:AdditionalDocumentReference>",
                        "")
                .replaceFirst("(?s)<cac:Signature>.*?</cac:Signature>", "")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
