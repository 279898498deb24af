package sa.fatoora.gateway.console.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import sa.fatoora.gateway.console.entity.InvoiceDetail;
import sa.fatoora.gateway.console.entity.InvoiceList;
import sa.fatoora.gateway.console.entity.InvoiceRow;
import sa.fatoora.gateway.invoice.control.InvoiceQueries;
import sa.fatoora.gateway.invoice.control.QrImage;
import sa.fatoora.gateway.invoice.entity.AttemptView;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.invoice.entity.InvoiceView;
import sa.fatoora.gateway.pdf.control.Amounts;
import sa.fatoora.gateway.pdf.control.SignedInvoiceReader;
import sa.fatoora.gateway.pdf.entity.PrintedInvoice;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.zatca.entity.FatooraMessage;

/**
 * The console's invoice pages: the list (filters by status, unit, type and issue dates, search by number or UUID,
 * keyset pages of {@value #PAGE}) and one invoice in full. Only the signed-in tenant's documents; another tenant's
 * invoice is not found.
 */
@ApplicationScoped
public class ConsoleInvoices {

    public static final int PAGE = 50;
    /** XML larger than this is offered for download only: pretty-printing megabytes into a page helps nobody. */
    static final int SHOWN_XML_BYTES = 1024 * 1024;

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    InvoiceQueries queries;

    public InvoiceList list(
            Long tenantId,
            String status,
            String unit,
            String type,
            String from,
            String to,
            String q,
            String before,
            Texts t) {
        InvoiceList.Filters filters =
                new InvoiceList.Filters(clean(status), clean(unit), clean(type), clean(from), clean(to), clean(q));
        Map<String, Object> p = new LinkedHashMap<>();
        // the columns the list shows, not the entity: its XML columns stay in the database
        StringBuilder where = new StringBuilder(
                "SELECT d.id, d.egsUnitId, d.invoiceNumber, d.icv, d.subtype,"
                        + " d.documentType, d.status, d.issuedAt, d.deadline FROM InvoiceDocument d WHERE d.tenantId = :tenantId");
        p.put("tenantId", tenantId);
        if (!filters.status().isEmpty()) {
            where.append(" AND d.status = :status");
            p.put("status", parse(InvoiceStatus.class, filters.status(), "status"));
        }
        if (!filters.unit().isEmpty()) {
            where.append(" AND d.egsUnitId = :unit");
            p.put("unit", number(filters.unit(), "unit"));
        }
        if (!filters.type().isEmpty()) {
            where.append(" AND d.subtype = :subtype");
            p.put("subtype", parse(InvoiceSubtype.class, filters.type(), "type"));
        }
        if (!filters.from().isEmpty()) {
            where.append(" AND d.issueDate >= :from");
            p.put("from", date(filters.from(), "from"));
        }
        if (!filters.to().isEmpty()) {
            where.append(" AND d.issueDate <= :to");
            p.put("to", date(filters.to(), "to"));
        }
        if (!filters.q().isEmpty()) {
            if (filters.q().length() > 200) {
                throw new ConsoleInputException("search: at most 200 characters");
            }
            where.append(" AND (d.invoiceNumber = :q OR d.uuid = :q)");
            p.put("q", filters.q());
        }
        String cursor = clean(before);
        if (!cursor.isEmpty()) {
            where.append(" AND d.id < :before");
            p.put("before", number(cursor, "before"));
        }
        return tx.required(() -> {
            TypedQuery<Object[]> query = em.createQuery(where + " ORDER BY d.id DESC", Object[].class)
                    .setMaxResults(PAGE + 1);
            p.forEach(query::setParameter);
            List<Object[]> found = query.getResultList();
            boolean more = found.size() > PAGE;
            List<InvoiceRow> rows = new ArrayList<>();
            for (Object[] r : more ? found.subList(0, PAGE) : found) {
                rows.add(new InvoiceRow(
                        (Long) r[0],
                        (Long) r[1],
                        (String) r[2],
                        (Long) r[3],
                        r[4] + " " + r[5],
                        ((InvoiceStatus) r[6]).name(),
                        t.time((java.time.Instant) r[7]),
                        r[8] == null ? "" : t.time((java.time.Instant) r[8])));
            }
            return new InvoiceList(rows, more ? rows.get(rows.size() - 1).id() : null, filters);
        });
    }

    public InvoiceDetail detail(Long tenantId, Long id, Texts t) {
        return tx.required(() -> {
            InvoiceDocument d = queries.owned(tenantId, id);
            InvoiceView v = queries.view(d, false);
            List<InvoiceDetail.Step> timeline = new ArrayList<>();
            timeline.add(
                    new InvoiceDetail.Step(t.time(d.getCreatedAt()), t.get("step.signed"), "", "ICV " + d.getIcv()));
            for (AttemptView a : v.submissions()) {
                timeline.add(new InvoiceDetail.Step(
                        t.time(a.requestedAt()),
                        a.route().name(),
                        a.httpStatus() == null
                                ? ""
                                : "HTTP " + a.httpStatus() + (a.outcome() == null ? "" : " " + a.outcome()),
                        (a.error() == null ? "" : a.error() + " ") + a.durationMillis() + " ms"));
            }
            if (v.completedAt() != null) {
                timeline.add(new InvoiceDetail.Step(
                        t.time(v.completedAt()), d.getStatus().name(), "", ""));
            }
            List<InvoiceDetail.Message> messages = new ArrayList<>();
            for (FatooraMessage m : v.messages()) {
                messages.add(new InvoiceDetail.Message(m.type(), m.code(), m.category(), m.message()));
            }
            String qr = d.getQr() == null
                    ? null
                    : "data:image/png;base64," + Base64.getEncoder().encodeToString(QrImage.png(d.getQr(), 240));
            byte[] xml = queries.xml(d);
            return new InvoiceDetail(
                    d.getId(),
                    d.getEgsUnitId(),
                    d.getInvoiceNumber(),
                    d.getUuid(),
                    d.getIcv(),
                    type(d),
                    d.getStatus().name(),
                    t.time(d.getIssuedAt()),
                    d.getDeadline() == null ? "" : t.time(d.getDeadline()),
                    v.atRiskReason(),
                    d.getInvoiceHash(),
                    d.getPreviousInvoiceHash(),
                    totals(xml),
                    timeline,
                    messages,
                    qr,
                    xml.length > SHOWN_XML_BYTES ? null : pretty(xml));
        });
    }

    /**
     * The document's totals as its XML states them (the PDF's reader: the page cannot say what the document does
     * not), each in its currency: the VAT also in SAR when the document is in another currency, the prepaid amount
     * when it is not zero.
     */
    static List<InvoiceDetail.Amount> totals(byte[] xml) {
        PrintedInvoice p = SignedInvoiceReader.read(xml);
        PrintedInvoice.Totals t = p.totals();
        String currency = p.currency();
        String sar = p.taxCurrency() == null ? currency : p.taxCurrency();
        List<InvoiceDetail.Amount> list = new ArrayList<>();
        add(list, "total.taxExclusive", t.taxExclusive(), currency);
        add(list, "total.vat", t.vatTotal(), currency);
        if (!sar.equals(currency)) {
            add(list, "total.vatInTaxCurrency", t.vatTotalInTaxCurrency(), sar);
        }
        add(list, "total.taxInclusive", t.taxInclusive(), currency);
        if (nonZero(t.prepaid())) { // many documents write PrepaidAmount 0.00
            add(list, "total.prepaid", t.prepaid(), currency);
        }
        add(list, "total.payable", t.payable(), currency);
        return list;
    }

    private static boolean nonZero(String amount) {
        try {
            return amount != null && new java.math.BigDecimal(amount.strip()).signum() != 0;
        } catch (NumberFormatException e) {
            return true; // shown as written
        }
    }

    private static void add(List<InvoiceDetail.Amount> list, String label, String amount, String currency) {
        if (amount != null && !amount.isBlank()) {
            list.add(new InvoiceDetail.Amount(label, Amounts.display(amount), currency));
        }
    }

    /** The document as ZATCA holds it (the cleared XML when there is one), for download. */
    public InvoiceFile xml(Long tenantId, Long id) {
        return tx.required(() -> {
            InvoiceDocument d = queries.owned(tenantId, id);
            return new InvoiceFile(queries.xml(d), d.getInvoiceNumber());
        });
    }

    /** A file and the invoice number it is named after. */
    public record InvoiceFile(byte[] bytes, String invoiceNumber) {}

    static String type(InvoiceDocument d) {
        return d.getSubtype().name() + " " + d.getDocumentType().name();
    }

    /** Indented for reading only; the stored, signed bytes are never changed (the download gives them as they are). */
    static String pretty(byte[] xml) {
        try {
            Transformer indent = TransformerFactory.newDefaultInstance().newTransformer();
            indent.setOutputProperty(OutputKeys.INDENT, "yes");
            indent.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            indent.transform(new DOMSource(SecureXml.parse(xml)), new StreamResult(out));
            return out.toString().replaceAll("(?m)^[ \\t]*\\r?\\n", "");
        } catch (TransformerException | RuntimeException e) {
            return new String(xml, StandardCharsets.UTF_8); // unreadable as XML: shown as stored
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw (ConsoleInputException)
                    new ConsoleInputException(name + ": not one of the listed values").causedBy(e);
        }
    }

    private static long number(String value, String name) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw (ConsoleInputException) new ConsoleInputException(name + ": a number").causedBy(e);
        }
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw (ConsoleInputException) new ConsoleInputException(name + ": a date like 2026-12-06").causedBy(e);
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
