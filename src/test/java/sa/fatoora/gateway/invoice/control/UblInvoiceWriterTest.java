package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.invoice.control.SampleFixtures.CAC;
import static sa.fatoora.gateway.invoice.control.SampleFixtures.CBC;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import sa.fatoora.gateway.invoice.entity.Buyer;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.InvoiceLine;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.UnsignedInvoice;
import sa.fatoora.gateway.platform.control.Riyadh;
import sa.fatoora.gateway.testing.DefaultZones;

class UblInvoiceWriterTest {

    private static final UUID ID = UUID.fromString("3cf5ee18-ee25-44ea-a444-2c37ba7f28be");
    private static final ChainPosition FIRST = new ChainPosition(1, ChainPosition.FIRST_PREVIOUS_HASH);
    private final InvoicePreparation preparation = new InvoicePreparation(SampleFixtures.CLOCK);

    @Test
    void arabicAndMarkupRoundTrip() {
        String name = "شركة الاختبار & <الأولى> \"ش.م.م\"";
        InvoiceLine line = new InvoiceLine(
                "1",
                "قلم رصاص < 5 & > 2",
                new java.math.BigDecimal("1"),
                null,
                new java.math.BigDecimal("10"),
                null,
                null,
                "S",
                new java.math.BigDecimal("15"),
                null,
                null);
        InvoiceRequest request = Requests.simplified(List.of(line), List.of(), new Buyer(name, null, null, null), null);
        UnsignedInvoice unsigned = preparation.prepare(request, SampleFixtures.SELLER, FIRST, ID);
        Element root = SampleFixtures.parse(unsigned.xml()).getDocumentElement();
        Element customer = (Element)
                root.getElementsByTagNameNS(CAC, "AccountingCustomerParty").item(0);
        assertEquals(
                name,
                customer.getElementsByTagNameNS(CBC, "RegistrationName").item(0).getTextContent());
        assertEquals(
                "قلم رصاص < 5 & > 2",
                root.getElementsByTagNameNS(CBC, "Name").item(0).getTextContent());
        assertEquals(
                SampleFixtures.SELLER.registrationName(),
                root.getElementsByTagNameNS(CBC, "RegistrationName").item(0).getTextContent());
        String text = new String(unsigned.xml(), StandardCharsets.UTF_8);
        assertTrue(text.contains("&amp; &lt;الأولى&gt;"), text);
    }

    @Test
    void leavesRoomForTheSignerAtTheAgreedPlaces() {
        UnsignedInvoice unsigned =
                preparation.prepare(SampleFixtures.example("simplified-invoice"), SampleFixtures.SELLER, FIRST, ID);
        byte[] xml = unsigned.xml();
        String text = new String(xml, StandardCharsets.UTF_8);
        assertFalse(text.contains("UBLExtensions") || text.contains("cac:Signature") || text.contains(">QR<"));
        assertTrue(before(xml, unsigned.extensionsOffset()).endsWith("xmlns:ext=\"" + Ubl.NS_EXT + "\">"));
        assertTrue(before(xml, unsigned.qrOffset())
                .endsWith("</cbc:EmbeddedDocumentBinaryObject>\n"
                        + "        </cac:Attachment>\n    </cac:AdditionalDocumentReference>"));
        assertTrue(after(xml, unsigned.signatureOffset()).startsWith("<cac:AccountingSupplierParty>"));
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Invoice "));
        assertTrue(text.endsWith("    </cac:InvoiceLine>\n</Invoice>"));
        assertTrue(text.contains("<cbc:InvoiceTypeCode name=\"0200000\">388</cbc:InvoiceTypeCode>"));
        assertTrue(text.contains("<cbc:Note languageID=\"ar\">ABC</cbc:Note>"));
    }

    @Test
    void issueTimeAlwaysHasSeconds() {
        assertEquals("07:05:00", XmlBuilder.time(java.time.LocalTime.of(7, 5)));
    }

    @Test
    void defaultIssueMomentIsNowInRiyadh() {
        String json = SampleFixtures.exampleJson("simplified-invoice")
                .replace("\"issueDate\": \"2022-08-17\",", "")
                .replace("\"issueTime\": \"17:41:08\",", "");
        UnsignedInvoice unsigned = preparation.prepare(
                SampleFixtures.JSONB.fromJson(json, InvoiceRequest.class), SampleFixtures.SELLER, FIRST, ID);
        // the fixed clock is 09:00 UTC = 12:00 in Riyadh
        assertEquals(java.time.LocalTime.NOON, unsigned.issueTime());
        assertEquals(java.time.LocalDate.of(2025, 7, 1), unsigned.issueDate());
    }

    @Test
    void issueDateAndTimeAreRiyadhsWhateverTheJvmZone() {
        // 21:30 UTC is 00:30 the next day in Riyadh (UTC+3); the clock itself is in UTC, as a test's may be
        Clock evening = Clock.fixed(Instant.parse("2025-07-01T21:30:00Z"), ZoneOffset.UTC);
        InvoiceRequest request = SampleFixtures.JSONB.fromJson(
                SampleFixtures.exampleJson("simplified-invoice")
                        .replace("\"issueDate\": \"2022-08-17\",", "")
                        .replace("\"issueTime\": \"17:41:08\",", ""),
                InvoiceRequest.class);
        DefaultZones.forEach(zone -> {
            UnsignedInvoice unsigned =
                    new InvoicePreparation(evening).prepare(request, SampleFixtures.SELLER, FIRST, ID);
            String xml = new String(unsigned.xml(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("<cbc:IssueDate>2025-07-02</cbc:IssueDate>"), "JVM zone " + zone);
            assertTrue(xml.contains("<cbc:IssueTime>00:30:00</cbc:IssueTime>"), "JVM zone " + zone);
            assertEquals(LocalDate.of(2025, 7, 2), unsigned.issueDate(), "JVM zone " + zone);
            assertEquals(LocalTime.of(0, 30), unsigned.issueTime(), "JVM zone " + zone);
            // and the instant stored for it (DocumentIssuer) is the clock's
            assertEquals(
                    evening.instant(),
                    LocalDateTime.of(unsigned.issueDate(), unsigned.issueTime())
                            .atZone(Riyadh.ZONE)
                            .toInstant());
        });
    }

    private static String before(byte[] xml, int offset) {
        return new String(Arrays.copyOfRange(xml, 0, offset), StandardCharsets.UTF_8);
    }

    private static String after(byte[] xml, int offset) {
        return new String(Arrays.copyOfRange(xml, offset, xml.length), StandardCharsets.UTF_8);
    }
}
