package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.platform.entity.FieldError;

/**
 * Each rule produces its problem at the right pointer. Requests are built from the example JSON with edits, so
 * every test starts from a document that is known to be valid.
 */
class InvoiceValidatorTest {

    private final InvoiceValidator validator = new InvoiceValidator(SampleFixtures.CLOCK);

    private List<FieldError> problems(String example, UnaryOperator<String> edit) {
        String json = edit.apply(SampleFixtures.exampleJson(example));
        return validator.problems(SampleFixtures.JSONB.fromJson(json, InvoiceRequest.class), SampleFixtures.SELLER);
    }

    private static List<String> pointers(List<FieldError> errors) {
        return errors.stream().map(FieldError::pointer).toList();
    }

    private static void assertOne(List<FieldError> errors, String pointer, String rule) {
        assertEquals(List.of(pointer), pointers(errors), errors.toString());
        assertTrue(errors.get(0).message().contains(rule), errors.get(0).message());
    }

    @Test
    void unknownVatCategory() {
        assertOne(
                problems(
                        "standard-invoice",
                        j -> j.replace(
                                "\"vatCategory\": \"S\",\n      \"vatRate\": 15\n    }\n  ]\n}",
                                "\"vatCategory\": \"X\",\n      \"vatRate\": 15\n    }\n  ]\n}")),
                "/lines/0/vatCategory",
                "BR-KSA-18");
    }

    @Test
    void standardRateMustBe15Or5() {
        List<FieldError> errors =
                problems("summary-invoice", j -> j.replaceFirst("\"vatRate\": 15", "\"vatRate\": 10"));
        assertOne(errors, "/lines/0/vatRate", "BR-KSA-84");
    }

    @Test
    void fivePercentIsAStandardRate() {
        assertEquals(List.of(), problems("summary-invoice", j -> j.replace("\"vatRate\": 15", "\"vatRate\": 5.00")));
    }

    @Test
    void zeroRatedNeedsRateZeroAndAnExemptionReason() {
        List<FieldError> errors = problems("export-invoice", j -> j.replace("\"vatRate\": 0.00", "\"vatRate\": 15")
                .replace("\"vatExemptionReasonCode\": \"VATEX-SA-32\",", "")
                .replace("\"Export of goods | صادرات السلع من المملكة\"", "\"\""));
        assertEquals(
                List.of("/lines/0/vatRate", "/lines/0/vatExemptionReasonCode", "/lines/0/vatExemptionReason"),
                pointers(errors));
    }

    @Test
    void exemptionCodeMustBelongToTheCategory() {
        assertOne(
                problems("exempt-tax-invoice", j -> j.replace("VATEX-SA-29-7", "VATEX-SA-32")),
                "/lines/1/vatExemptionReasonCode",
                "BR-KSA-CL-04");
    }

    @Test
    void standardDocumentNeedsBuyerNameAndAnId() {
        List<FieldError> errors = problems("standard-invoice", j -> j.replace(
                        "\"name\": \"شركة نماذج فاتورة المحدودة | Fatoora Samples LTD\",", "")
                .replace("\"vatNumber\": \"399999999800003\",", ""));
        assertEquals(List.of("/buyer/name", "/buyer/otherIds"), pointers(errors));
        assertTrue(errors.get(0).message().contains("BR-KSA-42"));
        assertTrue(errors.get(1).message().contains("BR-KSA-81"));
    }

    @Test
    void standardDocumentNeedsABuyer() {
        assertOne(
                problems(
                        "standard-invoice",
                        j -> j.replaceAll("(?s)\"buyer\": \\{.*?\"country\": \"SA\"\\s*}\\s*},", "")),
                "/buyer",
                "BR-KSA-42");
    }

    @Test
    void buyerVatNumberFormatAndSaudiAddress() {
        List<FieldError> errors = problems("standard-invoice", j -> j.replace("399999999800003", "12345")
                .replace("\"postalZone\": \"12222\"", "\"postalZone\": \"1222\"")
                .replace("\"buildingNumber\": \"1111\",", ""));
        assertEquals(
                List.of("/buyer/vatNumber", "/buyer/address/buildingNumber", "/buyer/address/postalZone"),
                pointers(errors));
        assertTrue(errors.get(0).message().contains("BR-KSA-44"));
        assertTrue(errors.get(2).message().contains("BR-KSA-67"));
    }

    @Test
    void atMostFiveThousandLines() {
        String line = "{\"id\": \"%d\", \"name\": \"Pencil\", \"quantity\": 2, \"unitCode\": \"PCE\","
                + " \"netPrice\": 2.00, \"vatCategory\": \"S\", \"vatRate\": 15}";
        UnaryOperator<String> lines = n -> {
            StringBuilder b = new StringBuilder("\"lines\": [");
            for (int i = 1; i <= Integer.parseInt(n); i++) {
                b.append(i > 1 ? ", " : "").append(String.format(line, i));
            }
            return b.append("]}").toString();
        };
        String head = SampleFixtures.exampleJson("simplified-invoice");
        head = head.substring(0, head.indexOf("\"lines\""));
        String five = head + lines.apply("5000");
        String ten = head + lines.apply("10000");
        assertEquals(List.of(), problems("simplified-invoice", j -> five));
        assertOne(problems("simplified-invoice", j -> ten), "/lines", "10 MB");
    }

    @Test
    void negativeQuantity() {
        assertOne(
                problems("standard-invoice", j -> j.replace("\"quantity\": 2.000000", "\"quantity\": -2")),
                "/lines/0/quantity",
                "BR-KSA-F-04");
    }

    @Test
    void selfBilledExport() {
        assertOne(
                problems(
                        "export-invoice",
                        j -> j.replace("\"export\": true,", "\"export\": true, \"selfBilled\": true,")),
                "/selfBilled",
                "BR-KSA-07");
    }

    @Test
    void simplifiedDocumentsMayOnlyBeThirdPartyNominalOrSummary() {
        List<FieldError> errors = problems(
                "simplified-invoice",
                j -> j.replace(
                        "\"subtype\": \"SIMPLIFIED\",",
                        "\"subtype\": \"SIMPLIFIED\", \"export\": true, \"selfBilled\": true, \"continuousSupply\": true,"
                                + " \"b2g\": true, \"contractId\": \"C-1\", \"thirdParty\": true, \"nominal\": true,"));
        assertEquals(List.of("/export", "/selfBilled", "/continuousSupply", "/b2g", "/selfBilled"), pointers(errors));
        assertTrue(errors.get(0).message().contains("BR-KSA-31"));
    }

    @Test
    void notesNeedBillingReferenceAndReason() {
        List<FieldError> errors =
                problems("standard-credit-note", j -> j.replace("\"billingReference\": \"SME00002\",", "")
                        .replaceAll("\"reason\": \"In case[^\"]*\",", ""));
        assertEquals(List.of("/billingReference", "/reason"), pointers(errors));
        assertTrue(errors.get(0).message().contains("BR-KSA-56"));
        assertTrue(errors.get(1).message().contains("BR-KSA-17"));
    }

    @Test
    void summaryInvoiceNeedsSupplyEndDate() {
        assertOne(
                problems("summary-invoice", j -> j.replace("\"supplyEndDate\": \"2022-08-31\",", "")),
                "/supplyEndDate",
                "BR-KSA-72");
    }

    @Test
    void supplyEndDateNotBeforeSupplyDate() {
        assertOne(
                problems(
                        "summary-invoice",
                        j -> j.replace("\"supplyEndDate\": \"2022-08-31\"", "\"supplyEndDate\": \"2022-07-31\"")),
                "/supplyEndDate",
                "BR-KSA-36");
    }

    @Test
    void exportBuyerOutsideSaudiArabia() {
        assertOne(
                problems("export-invoice", j -> j.replace("\"country\": \"US\"", "\"country\": \"SA\"")
                        .replace(
                                "\"postalZone\": \"12222\",",
                                "\"postalZone\": \"12222\", \"buildingNumber\": \"1234\","
                                        + " \"district\": \"Olaya\",")),
                "/buyer/address/country",
                "outside Saudi Arabia");
    }

    @Test
    void foreignCurrencyNeedsExchangeRate() {
        assertOne(problems("export-invoice", j -> j.replace("\"exchangeRate\": 3.75,", "")), "/exchangeRate", "BR-53");
    }

    @Test
    void issueDateNotInTheFuture() {
        assertOne(
                problems("standard-invoice", j -> j.replace(
                                "\"issueDate\": \"2022-09-07\"", "\"issueDate\": \"2025-07-01\"")
                        .replace("\"issueTime\": \"12:21:28\"", "\"issueTime\": \"12:00:01\"")),
                "/issueDate",
                "BR-KSA-04");
        // 12:00:00 Riyadh is exactly now for the fixed clock (09:00Z): not in the future
        assertEquals(List.of(), problems("standard-invoice", j -> j.replace(
                        "\"issueDate\": \"2022-09-07\"", "\"issueDate\": \"2025-07-01\"")
                .replace("\"issueTime\": \"12:21:28\"", "\"issueTime\": \"12:00:00\"")));
    }

    /** ZATCA's dates are YYYY-MM-DD; the QR's worst case (QrWorstCase) counts on ten characters. */
    @Test
    void issueDateHasAFourDigitYear() {
        for (String date : List.of("-999999999-01-01", "0999-12-31", "+10000-01-01")) {
            assertOne(
                    problems(
                            "standard-invoice",
                            j -> j.replace("\"issueDate\": \"2022-09-07\"", "\"issueDate\": \"" + date + "\"")),
                    "/issueDate",
                    "BR-KSA-F-01");
        }
        assertEquals(
                List.of(),
                problems(
                        "standard-invoice",
                        j -> j.replace("\"issueDate\": \"2022-09-07\"", "\"issueDate\": \"1000-01-01\"")));
    }

    @Test
    void b2gNeedsContract() {
        assertOne(
                problems(
                        "standard-invoice",
                        j -> j.replace("\"subtype\": \"STANDARD\",", "\"subtype\": \"STANDARD\", \"b2g\": true,")),
                "/contractId",
                "BR-KSA-92");
    }

    @Test
    void chargeNeedsReasonAndCode() {
        List<FieldError> errors =
                problems("standard-invoice-document-level-charge", j -> j.replace("\"reasonCode\": \"LF\",", "")
                        .replace("\"reason\": \"Legalisation fee\",", ""));
        assertEquals(List.of("/allowanceCharges/0/reasonCode", "/allowanceCharges/0/reason"), pointers(errors));
    }

    @Test
    void prepaymentNeedsReferenceData() {
        List<FieldError> errors =
                problems("advance-payment-adjustments", j -> j.replace("\"invoiceId\": \"46531\",", "")
                        .replace("\"issueTime\": \"12:28:17\",", ""));
        assertEquals(List.of("/prepayments/0/invoiceId", "/prepayments/0/issueTime"), pointers(errors));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        List<FieldError> errors =
                problems("standard-credit-note", j -> j.replace("\"billingReference\": \"SME00002\",", "")
                        .replace("\"quantity\": 2.000000", "\"quantity\": -1")
                        .replace(
                                "\"vatCategory\": \"S\",\n      \"vatRate\": 15\n    }\n  ]\n}",
                                "\"vatCategory\": \"Q\",\n      \"vatRate\": 15\n    }\n  ]\n}")
                        .replace("\"currency\"", "\"currency\"")
                        .replace("\"paymentMeansCode\": \"10\"", "\"paymentMeansCode\": \"99\"")
                        .replace("399999999800003", "399999999900003"));
        assertEquals(
                List.of(
                        "/billingReference",
                        "/paymentMeansCode",
                        "/lines/0/quantity",
                        "/lines/0/vatCategory",
                        "/buyer/vatNumber"),
                pointers(errors));
        ValidationFailedException e = assertThrows(
                ValidationFailedException.class,
                () -> validator.validate(SampleFixtures.JSONB.fromJson(
                        SampleFixtures.exampleJson("standard-credit-note")
                                .replace("\"billingReference\": \"SME00002\",", "")
                                .replace("\"quantity\": 2.000000", "\"quantity\": -1"),
                        InvoiceRequest.class)));
        assertEquals("VALIDATION_FAILED", e.code());
        assertEquals(400, e.status());
        assertEquals(List.of("/billingReference", "/lines/0/quantity"), pointers(e.errors()));
    }

    /** One line of 15 % VAT: 869565217391304347.82 makes the amount due 999999999999999999.99, one cent more 10^18. */
    @Test
    void totalsLongerThanTheQrIsSizedForAreRefused() {
        String oneLine =
                """
                {"documentType": "TAX_INVOICE", "subtype": "SIMPLIFIED", "id": "BIG", "paymentMeansCode": "10",
                 "lines": [{"id": "1", "name": "Item", "quantity": 1, "netPrice": %s, "vatCategory": "S",
                            "vatRate": 15}]}""";
        assertEquals(List.of(), problems("simplified-invoice", j -> oneLine.formatted("869565217391304347.82")));
        assertOne(
                problems("simplified-invoice", j -> oneLine.formatted("869565217391304347.83")),
                "/lines",
                "the amount due has more than 18 digits");
        // the VAT alone past 18 digits needs a foreign currency: 10^17 at 15 % is 1.5 x 10^16 VAT, x 100 SAR
        List<FieldError> errors = problems("simplified-invoice", j -> oneLine.formatted("100000000000000000")
                .replace("\"id\": \"BIG\",", "\"id\": \"BIG\", \"currency\": \"USD\", \"exchangeRate\": 100,"));
        assertOne(errors, "/lines", "the VAT total in SAR has more than 18 digits");
    }

    @Test
    void unknownJsonFieldsAreRejectedByBinding() {
        assertThrows(
                jakarta.json.bind.JsonbException.class,
                () -> SampleFixtures.JSONB.fromJson(
                        SampleFixtures.exampleJson("standard-invoice")
                                .replace("\"id\": \"SME00023\",", "\"id\": \"SME00023\", \"_source\": \"x\","),
                        InvoiceRequest.class));
    }
}
