package sa.fatoora.gateway.pdf.control;

import static sa.fatoora.gateway.pdf.control.InvoicePdfRenderer.CONTENT;
import static sa.fatoora.gateway.pdf.control.InvoicePdfRenderer.MARGIN;
import static sa.fatoora.gateway.pdf.control.InvoicePdfRenderer.QR_SIZE;
import static sa.fatoora.gateway.pdf.control.InvoicePdfRenderer.WIDTH;
import static sa.fatoora.gateway.pdf.control.InvoicePdfRenderer.l;
import static sa.fatoora.gateway.pdf.control.InvoicePdfRenderer.nz;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import sa.fatoora.gateway.pdf.control.InvoicePdfRenderer.Label;
import sa.fatoora.gateway.pdf.control.InvoicePdfRenderer.Writer;
import sa.fatoora.gateway.pdf.entity.DocumentKind;
import sa.fatoora.gateway.pdf.entity.DocumentState;
import sa.fatoora.gateway.pdf.entity.LanguageOrder;
import sa.fatoora.gateway.pdf.entity.PrintedInvoice;

/**
 * The page layout: header (logo, title, QR), document facts, seller and buyer, lines, allowances and charges, VAT
 * breakdown with exemption reasons, totals, notes. With Arabic first the page is mirrored: seller on the right, the
 * lines table read from the right, the Arabic line of every heading above the English one.
 */
final class InvoiceLayout {

    private static final float[] GREY = {0.45f, 0.45f, 0.45f};
    private static final float[] LIGHT = {0.95f, 0.95f, 0.96f};
    private static final float[] RULE = {0.8f, 0.8f, 0.82f};
    private static final float[] WHITE = {1f, 1f, 1f};
    private static final float[] WARNING = {0.75f, 0.1f, 0.1f};

    private static final float BODY = 7.5f;
    private static final float LEADING = 10.5f;

    private final Writer w;
    private final PrintedInvoice inv;
    private final DocumentState state;
    private final boolean arabicFirst;

    InvoiceLayout(Writer w, PrintedInvoice invoice, DocumentState state, LanguageOrder order) {
        this.w = w;
        this.inv = invoice;
        this.state = state;
        this.arabicFirst = order == LanguageOrder.ARABIC_FIRST;
    }

    void draw() throws IOException {
        DocumentKind kind = inv.kind();
        w.continuationEn = kind.english() + " " + nz(inv.number()) + " (continued)";
        w.continuationAr = kind.arabic() + " " + nz(inv.number()) + " (تابع)";
        w.newPage();
        header();
        parties();
        lines();
        allowanceCharges();
        vatBreakdown();
        totals();
        notes();
    }

    // ---------------------------------------------------------------------------------------------------- header

    /** Space between the QR and the column beside it. */
    private static final float GUTTER = 20;

    private static final float LOGO_WIDTH = 130;
    private static final float LOGO_HEIGHT = 56;

    /**
     * The QR at the outer edge of the leading language's reading end (right for English first, left for Arabic
     * first); beside it the logo, the title and the document facts. The facts sit in the QR's band instead of under
     * it, which keeps a short invoice on one page.
     */
    private void header() throws IOException {
        float top = w.y;
        DocumentKind kind = inv.kind();
        float qrX = arabicFirst ? MARGIN : WIDTH - MARGIN - QR_SIZE;
        // anchored at the outer margin; a long text's QR is wider than QR_SIZE (whole dots per module), so the
        // column beside it starts from the side actually drawn, a quiet zone of GUTTER away
        float qrSide = 0;
        if (inv.qr() != null && !inv.qr().isBlank()) {
            qrSide = w.qr(inv.qr().strip(), qrX, top, QR_SIZE, !arabicFirst);
        }
        float band = qrSide == 0 ? 0 : qrSide + GUTTER;
        float left = arabicFirst ? MARGIN + band : MARGIN;
        float right = arabicFirst ? WIDTH - MARGIN : WIDTH - MARGIN - band;
        float titleLeft = left;
        float titleRight = right;
        if (w.look.logo() != null) {
            float logoX = arabicFirst ? right - LOGO_WIDTH : left;
            w.logo(w.look.logo(), logoX, top, LOGO_WIDTH, LOGO_HEIGHT, arabicFirst);
            if (arabicFirst) {
                titleRight = logoX - GUTTER;
            } else {
                titleLeft = logoX + LOGO_WIDTH + GUTTER;
            }
        }
        float titleCentre = (titleLeft + titleRight) / 2;
        String first = arabicFirst ? kind.arabic() : kind.english();
        String second = arabicFirst ? kind.english() : kind.arabic();
        w.text(w.bold, 17, titleCentre, top - 20, first, 0, w.accent);
        w.text(w.bold, 13, titleCentre, top - 38, second, 0, w.accent);
        float y = top - Math.max(48, w.look.logo() != null ? LOGO_HEIGHT + 4 : 0);
        if (state.english() != null) {
            float centre = (left + right) / 2;
            float bannerWidth = Math.min(300, right - left);
            w.fill(centre - bannerWidth / 2, y - 28, bannerWidth, 28, new float[] {1f, 0.92f, 0.92f});
            w.box(centre - bannerWidth / 2, y - 28, bannerWidth, 28, WARNING);
            String a = arabicFirst ? state.arabic() : state.english();
            String b = arabicFirst ? state.english() : state.arabic();
            w.text(w.bold, 7.5f, centre, y - 11, a, 0, WARNING);
            w.text(w.bold, 7.5f, centre, y - 23, b, 0, WARNING);
            y -= 34;
        }
        w.y = y;
        facts(left, right);
        w.y = Math.min(w.y, top - qrSide) - 12;
    }

    // ---------------------------------------------------------------------------------------------------- facts

    /** The document's facts in the column from {@code left} to {@code right}: English label, value, Arabic label. */
    private void facts(float left, float right) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        add(rows, l("Invoice number", "رقم الفاتورة"), inv.number());
        add(rows, l("Issue date", "تاريخ الإصدار"), inv.issueDate());
        add(rows, l("Issue time (Riyadh)", "وقت الإصدار (الرياض)"), inv.issueTime());
        if (inv.supplyDate() != null) {
            add(
                    rows,
                    l("Supply date", "تاريخ التوريد"),
                    inv.supplyEndDate() == null ? inv.supplyDate() : inv.supplyDate() + " – " + inv.supplyEndDate());
        }
        add(rows, l("Invoice UUID", "المعرف الفريد للفاتورة"), inv.uuid());
        add(rows, l("Invoice counter (ICV)", "عداد الفاتورة"), inv.icv());
        String currency = inv.currency();
        if (inv.taxCurrency() != null && !inv.taxCurrency().equals(currency)) {
            currency = currency + " (VAT also in " + inv.taxCurrency() + ")";
        }
        add(rows, l("Currency", "العملة"), currency);
        for (String reference : inv.billingReferences()) {
            add(rows, l("Original invoice", "الفاتورة الأصلية"), reference);
        }
        for (String reason : inv.noteReasons()) {
            add(rows, l("Reason for the note", "سبب الإشعار"), reason);
        }
        if (!inv.paymentMeans().isEmpty()) {
            List<String> means = new ArrayList<>();
            for (String code : inv.paymentMeans()) {
                means.add(paymentMeans(code));
            }
            add(rows, l("Payment means", "طريقة الدفع"), String.join(", ", means));
        }
        add(rows, l("Payment terms", "شروط الدفع"), inv.paymentTerms());
        float labelWidth = 92;
        float valueWidth = right - left - 2 * labelWidth;
        for (Object[] row : rows) {
            Label label = (Label) row[0];
            List<String> value = new ArrayList<>();
            for (String part : parts((String) row[1])) {
                value.addAll(w.wrap(w.regular, 8, part, valueWidth - 8));
            }
            float h = Math.max(1, value.size()) * LEADING + 2;
            w.ensure(h);
            float base = w.y - 8;
            w.text(w.bold, BODY, left, base, label.en(), -1, GREY);
            w.text(w.bold, BODY, right, base, label.ar(), 1, GREY);
            for (int i = 0; i < value.size(); i++) {
                String v = value.get(i);
                boolean rtl = VisualText.rightToLeft(v);
                float x = rtl ? left + labelWidth + valueWidth - 4 : left + labelWidth + 4;
                w.text(w.regular, 8, x, base - i * LEADING, v, rtl ? 1 : -1, null);
            }
            w.y -= h;
            w.line(left, w.y + 1, right, w.y + 1, LIGHT, 0.5f);
        }
    }

    private static void add(List<Object[]> rows, Label label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(new Object[] {label, value});
        }
    }

    private static String paymentMeans(String code) {
        return switch (code) {
            case "10" -> "Cash (10)";
            case "30" -> "Credit transfer (30)";
            case "42" -> "Payment to bank account (42)";
            case "48" -> "Bank card (48)";
            case "1" -> "Not defined (1)";
            default -> code;
        };
    }

    // ---------------------------------------------------------------------------------------------------- parties

    private void parties() throws IOException {
        float gap = 12;
        float boxWidth = (CONTENT - gap) / 2;
        float sellerX = arabicFirst ? MARGIN + boxWidth + gap : MARGIN;
        float buyerX = arabicFirst ? MARGIN : MARGIN + boxWidth + gap;
        List<Object[]> seller = partyRows(inv.seller());
        List<Object[]> buyer = partyRows(inv.buyer());
        float labelWidth = 62;
        float valueWidth = boxWidth - 2 * labelWidth;
        float heightSeller = partyHeight(seller, valueWidth);
        float heightBuyer = partyHeight(buyer, valueWidth);
        float height = 18 + Math.max(heightSeller, heightBuyer) + 4;
        w.ensure(height);
        float top = w.y;
        partyBox(sellerX, top, boxWidth, height, l("Seller", "البائع"), seller, labelWidth, valueWidth);
        partyBox(buyerX, top, boxWidth, height, l("Buyer", "المشتري"), buyer, labelWidth, valueWidth);
        w.y = top - height - 12;
    }

    private List<Object[]> partyRows(PrintedInvoice.Party party) {
        List<Object[]> rows = new ArrayList<>();
        if (party == null) {
            return rows;
        }
        add(rows, l("Name", "الاسم"), party.name());
        add(rows, l("VAT number", "الرقم الضريبي"), party.vatNumber());
        if (party.otherId() != null) {
            add(rows, schemeLabel(party.otherIdScheme()), party.otherId());
        }
        if (!party.address().isEmpty()) {
            add(rows, l("Address", "العنوان"), String.join("\n", party.address()));
        }
        return rows;
    }

    private static Label schemeLabel(String scheme) {
        if (scheme == null) {
            return l("Identifier", "المعرف");
        }
        return switch (scheme) {
            case "CRN" -> l("CR number", "السجل التجاري");
            case "MOM" -> l("MOMRAH licence", "رخصة البلدية");
            case "MLS" -> l("MHRSD licence", "رخصة وزارة الموارد");
            case "SAG" -> l("MISA licence", "رخصة الاستثمار");
            case "NAT" -> l("National ID", "الهوية الوطنية");
            case "IQA" -> l("Iqama", "الإقامة");
            case "PAS" -> l("Passport", "جواز السفر");
            case "GCC" -> l("GCC ID", "هوية خليجية");
            case "TIN" -> l("Tax ID (TIN)", "الرقم المميز");
            case "700" -> l("700 number", "الرقم الموحد");
            default -> l(scheme, scheme);
        };
    }

    private List<String> valueLines(String value, float width) {
        List<String> lines = new ArrayList<>();
        for (String part : parts(value)) {
            lines.addAll(w.wrap(w.regular, BODY, part, width - 6));
        }
        return lines;
    }

    /**
     * A value's paragraphs: its lines, and the two halves of the "Arabic | English" values Saudi documents carry
     * (names, addresses, items), so that each half is aligned and ordered in its own direction.
     */
    static List<String> parts(String value) {
        List<String> parts = new ArrayList<>();
        for (String line : value.split("\n")) {
            for (String part : line.split(" \\| ")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }

    private float partyHeight(List<Object[]> rows, float valueWidth) {
        float h = 0;
        for (Object[] row : rows) {
            h += Math.max(1, valueLines((String) row[1], valueWidth).size()) * LEADING + 2;
        }
        return Math.max(h, LEADING);
    }

    private void partyBox(
            float x, float top, float width, float height, Label title, List<Object[]> rows, float lw, float vw)
            throws IOException {
        w.fill(x, top - 16, width, 16, w.accent);
        w.text(w.bold, 8.5f, x + 5, top - 11.5f, title.en(), -1, WHITE);
        w.text(w.bold, 8.5f, x + width - 5, top - 11.5f, title.ar(), 1, WHITE);
        w.box(x, top - height, width, height, RULE);
        float y = top - 18;
        if (rows.isEmpty()) {
            w.text(w.regular, BODY, x + width / 2, y - 8, "—", 0, GREY);
            return;
        }
        for (Object[] row : rows) {
            Label label = (Label) row[0];
            List<String> lines = valueLines((String) row[1], vw);
            w.text(w.bold, 6.5f, x + 4, y - 8, label.en(), -1, GREY);
            w.text(w.bold, 6.5f, x + width - 4, y - 8, label.ar(), 1, GREY);
            for (int i = 0; i < lines.size(); i++) {
                String v = lines.get(i);
                boolean rtl = VisualText.rightToLeft(v);
                w.text(w.regular, BODY, rtl ? x + lw + vw - 2 : x + lw + 2, y - 8 - i * LEADING, v, rtl ? 1 : -1, null);
            }
            y -= Math.max(1, lines.size()) * LEADING + 2;
        }
    }

    // ---------------------------------------------------------------------------------------------------- lines

    /** A table column: heading, width, right-aligned (numbers) or not. */
    private record Column(Label heading, float width, boolean numeric) {}

    private static final float DESCRIPTION = -1;

    private List<Column> lineColumns() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(l("#", "#"), 18, false),
                new Column(l("Description", "الوصف"), DESCRIPTION, false),
                new Column(l("Quantity", "الكمية"), 50, true),
                new Column(l("Unit price", "سعر الوحدة"), 54, true),
                new Column(l("Discount", "الخصم"), 42, true),
                new Column(l("VAT rate", "نسبة الضريبة"), 44, true),
                new Column(l("VAT amount", "مبلغ الضريبة"), 54, true),
                new Column(l("Total excl. VAT", "المجموع دون الضريبة"), 62, true),
                new Column(l("Total incl. VAT", "المجموع مع الضريبة"), 62, true)));
        return columns;
    }

    private void lines() throws IOException {
        List<Column> columns = lineColumns();
        List<String[]> rows = new ArrayList<>();
        for (PrintedInvoice.Line line : inv.lines()) {
            String description = nz(line.name());
            if (line.prepaymentOf() != null) {
                description += "\nPrepayment: " + line.prepaymentOf() + "\nدفعة مقدمة" + "\nPrepaid "
                        + Amounts.display(line.prepaidTaxable()) + " + VAT " + Amounts.display(line.prepaidVat());
            }
            rows.add(new String[] {
                nz(line.id()),
                description,
                Amounts.quantity(line.quantity()) + (line.unitCode() == null ? "" : " " + line.unitCode()),
                Amounts.display(line.unitPrice()),
                line.discount() == null ? "" : Amounts.display(line.discount()),
                vatRate(line.vatCategory(), line.vatPercent()),
                Amounts.display(line.vatAmount()),
                Amounts.display(line.netAmount()),
                Amounts.display(line.grossAmount())
            });
        }
        table(columns, rows);
    }

    private static String vatRate(String category, String percent) {
        String p = percent == null ? "" : Amounts.display(percent).replaceAll("\\.00$", "") + "%";
        return category == null ? p : category + " " + p;
    }

    /** A table that continues on the next page with its heading repeated. */
    private void table(List<Column> columns, List<String[]> rows) throws IOException {
        float fixed = 0;
        int flex = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).width() == DESCRIPTION) {
                flex = i;
            } else {
                fixed += columns.get(i).width();
            }
        }
        float[] widths = new float[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = i == flex ? CONTENT - fixed : columns.get(i).width();
        }
        // visual order of the columns: reversed when Arabic leads
        int[] order = new int[columns.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = arabicFirst ? order.length - 1 - i : i;
        }
        tableHeading(columns, widths, order);
        boolean stripe = false;
        for (String[] row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < columns.size(); i++) {
                List<String> lines = new ArrayList<>();
                for (String part : parts(row[i])) {
                    lines.addAll(w.wrap(w.regular, BODY, part, widths[i] - 6));
                }
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            float h = height * LEADING + 4;
            if (!w.ensure(h)) {
                tableHeading(columns, widths, order);
            }
            if (stripe) {
                w.fill(MARGIN, w.y - h, CONTENT, h, LIGHT);
            }
            stripe = !stripe;
            float x = MARGIN;
            for (int k : order) {
                Column column = columns.get(k);
                List<String> lines = cells.get(k);
                for (int i = 0; i < lines.size(); i++) {
                    String v = lines.get(i);
                    boolean right = column.numeric() || VisualText.rightToLeft(v) || (arabicFirst && k == 0);
                    float baseline = w.y - 9 - i * LEADING;
                    w.text(w.regular, BODY, right ? x + widths[k] - 3 : x + 3, baseline, v, right ? 1 : -1, null);
                }
                x += widths[k];
            }
            w.y -= h;
        }
        w.line(MARGIN, w.y, WIDTH - MARGIN, w.y, w.accent, 0.75f);
        w.y -= 10;
    }

    private void tableHeading(List<Column> columns, float[] widths, int[] order) throws IOException {
        float h = 24;
        w.ensure(h);
        w.fill(MARGIN, w.y - h, CONTENT, h, w.accent);
        float x = MARGIN;
        for (int k : order) {
            Column column = columns.get(k);
            String first =
                    arabicFirst ? column.heading().ar() : column.heading().en();
            String second =
                    arabicFirst ? column.heading().en() : column.heading().ar();
            float cx = x + widths[k] / 2;
            w.text(w.bold, 6.5f, cx, w.y - 10, fit(first, widths[k] - 2), 0, WHITE);
            if (!second.equals(first)) {
                w.text(w.bold, 6.5f, cx, w.y - 19, fit(second, widths[k] - 2), 0, WHITE);
            }
            x += widths[k];
        }
        w.y -= h;
    }

    private String fit(String text, float width) {
        List<String> lines = w.wrap(w.bold, 6.5f, text, width);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    // ---------------------------------------------------------------------------------------------------- allowances

    private void allowanceCharges() throws IOException {
        if (inv.allowanceCharges().isEmpty()) {
            return;
        }
        sectionTitle(l("Document allowances and charges", "الخصومات والرسوم على مستوى المستند"));
        List<Column> columns = List.of(
                new Column(l("Type", "النوع"), 90, false),
                new Column(l("Reason", "السبب"), DESCRIPTION, false),
                new Column(l("VAT rate", "نسبة الضريبة"), 70, true),
                new Column(l("Amount", "المبلغ"), 90, true));
        List<String[]> rows = new ArrayList<>();
        for (PrintedInvoice.AllowanceCharge ac : inv.allowanceCharges()) {
            rows.add(new String[] {
                ac.charge() ? "Charge / رسوم" : "Allowance / خصم",
                nz(ac.reason()),
                vatRate(ac.vatCategory(), ac.vatPercent()),
                Amounts.display(ac.amount())
            });
        }
        table(columns, rows);
    }

    // ---------------------------------------------------------------------------------------------------- VAT

    private void vatBreakdown() throws IOException {
        if (inv.vatSubtotals().isEmpty()) {
            return;
        }
        sectionTitle(l("VAT breakdown", "تفاصيل ضريبة القيمة المضافة"));
        List<Column> columns = List.of(
                new Column(l("Category", "الفئة"), 110, false),
                new Column(l("Rate", "النسبة"), 50, true),
                new Column(l("Taxable amount", "المبلغ الخاضع للضريبة"), 85, true),
                new Column(l("VAT amount", "مبلغ الضريبة"), 80, true),
                new Column(l("Exemption reason", "سبب الإعفاء"), DESCRIPTION, false));
        List<String[]> rows = new ArrayList<>();
        for (PrintedInvoice.VatSubtotal s : inv.vatSubtotals()) {
            String reason = s.exemptionReason() == null
                    ? nz(s.exemptionCode())
                    : (s.exemptionCode() == null ? "" : s.exemptionCode() + ": ") + s.exemptionReason();
            rows.add(new String[] {
                category(s.category()),
                s.percent() == null ? "" : Amounts.display(s.percent()).replaceAll("\\.00$", "") + "%",
                Amounts.display(s.taxableAmount()),
                Amounts.display(s.vatAmount()),
                reason
            });
        }
        table(columns, rows);
    }

    private static String category(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "S" -> "S: Standard / أساسي";
            case "Z" -> "Z: Zero rated / صفري";
            case "E" -> "E: Exempt / معفى";
            case "O" -> "O: Out of scope / خارج النطاق";
            default -> code;
        };
    }

    // ---------------------------------------------------------------------------------------------------- totals

    private void totals() throws IOException {
        PrintedInvoice.Totals t = inv.totals();
        String c = nz(inv.currency());
        List<Object[]> rows = new ArrayList<>();
        add(rows, l("Total excluding VAT", "الإجمالي غير شامل الضريبة"), money(t.lineExtension(), c));
        add(rows, l("Discounts", "الخصومات"), money(t.allowances(), c));
        add(rows, l("Charges", "الرسوم"), money(t.charges(), c));
        add(rows, l("Total taxable amount", "الإجمالي الخاضع للضريبة"), money(t.taxExclusive(), c));
        add(rows, l("Total VAT", "مجموع ضريبة القيمة المضافة"), money(t.vatTotal(), c));
        add(
                rows,
                l("Total VAT in " + nz(inv.taxCurrency()), "مجموع الضريبة بالريال السعودي"),
                money(t.vatTotalInTaxCurrency(), nz(inv.taxCurrency())));
        add(rows, l("Total including VAT", "الإجمالي شامل الضريبة"), money(t.taxInclusive(), c));
        add(rows, l("Prepaid amount", "المبلغ المدفوع مقدما"), money(t.prepaid(), c));
        add(rows, l("Rounding", "التقريب"), money(t.rounding(), c));
        float width = 300;
        float h = rows.size() * 13 + 20;
        w.ensure(h);
        float x = arabicFirst ? MARGIN : WIDTH - MARGIN - width;
        float y = w.y;
        for (Object[] row : rows) {
            Label label = (Label) row[0];
            w.text(w.regular, BODY, x + 4, y - 9, label.en(), -1, GREY);
            w.text(w.regular, BODY, x + width - 4, y - 9, label.ar(), 1, GREY);
            w.text(w.regular, 8, x + width / 2 + 28, y - 9, (String) row[1], 1, null);
            y -= 13;
            w.line(x, y, x + width, y, LIGHT, 0.5f);
        }
        w.fill(x, y - 18, width, 18, w.accent);
        w.text(w.bold, 8.5f, x + 4, y - 12.5f, "Amount due", -1, WHITE);
        w.text(w.bold, 8.5f, x + width - 4, y - 12.5f, "المبلغ المستحق", 1, WHITE);
        w.text(w.bold, 9.5f, x + width / 2 + 28, y - 12.5f, money(t.payable(), c), 1, WHITE);
        w.y = y - 30;
    }

    private static String money(String amount, String currency) {
        return amount == null ? null : Amounts.display(amount) + " " + currency;
    }

    // ---------------------------------------------------------------------------------------------------- notes

    private void notes() throws IOException {
        if (inv.notes().isEmpty()) {
            return;
        }
        sectionTitle(l("Notes", "ملاحظات"));
        for (String note : inv.notes()) {
            for (String line : w.wrap(w.regular, BODY, note, CONTENT)) {
                w.ensure(LEADING);
                boolean rtl = VisualText.rightToLeft(line);
                w.text(w.regular, BODY, rtl ? WIDTH - MARGIN : MARGIN, w.y - 8, line, rtl ? 1 : -1, null);
                w.y -= LEADING;
            }
        }
    }

    private void sectionTitle(Label title) throws IOException {
        w.ensure(40);
        w.text(w.bold, 8.5f, MARGIN, w.y - 9, title.en(), -1, w.accent);
        w.text(w.bold, 8.5f, WIDTH - MARGIN, w.y - 9, title.ar(), 1, w.accent);
        w.y -= 14;
    }
}
