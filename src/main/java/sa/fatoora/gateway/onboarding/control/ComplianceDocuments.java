package sa.fatoora.gateway.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import sa.fatoora.gateway.egs.entity.SellerData;
import sa.fatoora.gateway.invoice.control.InvoicePreparation;
import sa.fatoora.gateway.invoice.control.Sellers;
import sa.fatoora.gateway.invoice.entity.Buyer;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.InvoiceLine;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.PostalAddress;
import sa.fatoora.gateway.onboarding.entity.ComplianceDocument;
import sa.fatoora.gateway.platform.control.Riyadh;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.signing.control.InvoiceSigner;
import sa.fatoora.gateway.signing.control.SigningIdentity;
import sa.fatoora.gateway.signing.entity.SignedInvoice;
import sa.fatoora.gateway.zatca.entity.FatooraDocument;

/**
 * Builds and signs the documents of the compliance checks with the gateway's own engine: the unit's seller, one
 * standard-rated line, a Saudi B2B buyer on standard documents, notes that reference the invoice of their subtype.
 * They go through the same preparation and signing as every real document, so passing them proves the engine too.
 */
@ApplicationScoped
public class ComplianceDocuments {

    /** The SDK samples' buyer (Data/Samples/Standard/Invoice); the other VAT when the seller is that buyer. */
    private static final String BUYER_VAT = "399999999800003";

    private static final String OTHER_BUYER_VAT = "300000000000003";

    @Inject
    InvoicePreparation preparation;

    @Inject
    InvoiceSigner signer;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** Outside the container (unit tests). */
    static ComplianceDocuments of(InvoicePreparation preparation, InvoiceSigner signer) {
        ComplianceDocuments documents = new ComplianceDocuments();
        documents.preparation = preparation;
        documents.signer = signer;
        return documents;
    }

    /** A signed compliance document and what Fatoora's compliance call needs. */
    public record Built(ComplianceDocument kind, long icv, UUID uuid, SignedInvoice signed) {

        public FatooraDocument fatooraDocument() {
            return new FatooraDocument(signed.invoiceHash(), uuid.toString(), signed.xml());
        }
    }

    /**
     * @param prefix document numbers start with it (one per onboarding run), e.g. {@code ONB42}
     * @param chain  the document's place in the compliance documents' own chain
     */
    public Built build(
            ComplianceDocument kind, SellerData seller, String prefix, ChainPosition chain, SigningIdentity identity) {
        UUID uuid = UUID.randomUUID();
        InvoiceRequest request = request(kind, prefix, seller.vatNumber(), Riyadh.today(clock));
        byte[] unsigned =
                preparation.prepare(request, Sellers.of(seller), chain, uuid).xml();
        return new Built(kind, chain.icv(), uuid, signer.sign(unsigned, identity));
    }

    /** The document number of a kind; a note's billing reference is the number of its subtype's invoice. */
    static String number(String prefix, InvoiceSubtype subtype, DocumentType type) {
        return prefix + "-" + subtype.code() + "-" + type.code();
    }

    static InvoiceRequest request(ComplianceDocument kind, String prefix, String sellerVat, LocalDate today) {
        boolean standard = kind.subtype() == InvoiceSubtype.STANDARD;
        boolean note = kind.type().isNote();
        return new InvoiceRequest(
                kind.type(),
                kind.subtype(),
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                number(prefix, kind.subtype(), kind.type()),
                null,
                null,
                null,
                null,
                standard ? buyer(sellerVat) : null,
                List.of(new InvoiceLine(
                        "1",
                        "Compliance check item",
                        BigDecimal.ONE,
                        "PCE",
                        new BigDecimal("100.00"),
                        null,
                        null,
                        "S",
                        new BigDecimal("15"),
                        null,
                        null)),
                null,
                null,
                note ? number(prefix, kind.subtype(), DocumentType.TAX_INVOICE) : null,
                note ? "Compliance check: correction of the compliance invoice" : null,
                "10",
                standard ? today : null,
                null,
                null,
                null,
                null,
                null);
    }

    private static Buyer buyer(String sellerVat) {
        return new Buyer(
                "Fatoora Samples LTD",
                BUYER_VAT.equals(sellerVat) ? OTHER_BUYER_VAT : BUYER_VAT,
                null,
                new PostalAddress("Salah Al-Din", null, "1111", "Al-Murooj", "Riyadh", "12222", "SA"));
    }
}
