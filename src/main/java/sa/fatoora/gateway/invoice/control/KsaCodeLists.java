package sa.fatoora.gateway.invoice.control;

import java.util.Map;
import java.util.Set;
import sa.fatoora.gateway.invoice.entity.VatCategory;

/** The KSA code lists the business rules check against, copied from the ZATCA schematron (SDK 238-R3.4.8). */
final class KsaCodeLists {

    /** Exemption (exception) reason codes per VAT category (BR-KSA-CL-04, BR-KSA-23, -24, -69). */
    static final Map<VatCategory, Set<String>> EXEMPTION_CODES = Map.of(
            VatCategory.Z,
                    Set.of(
                            "VATEX-SA-32",
                            "VATEX-SA-33",
                            "VATEX-SA-34-1",
                            "VATEX-SA-34-2",
                            "VATEX-SA-34-3",
                            "VATEX-SA-34-4",
                            "VATEX-SA-34-5",
                            "VATEX-SA-35",
                            "VATEX-SA-36",
                            "VATEX-SA-EDU",
                            "VATEX-SA-HEA",
                            "VATEX-SA-MLTRY",
                            "VATEX-SA-DIPLOMAT",
                            "VATEX-SA-DUTYFREE"),
            VatCategory.E, Set.of("VATEX-SA-29", "VATEX-SA-29-7", "VATEX-SA-30"),
            VatCategory.O, Set.of("VATEX-SA-OOS"));

    /** Exemption codes that need the buyer's national id (BR-KSA-49). */
    static final Set<String> NATIONAL_ID_EXEMPTIONS = Set.of("VATEX-SA-EDU", "VATEX-SA-HEA");

    /** Buyer identification schemes (BR-KSA-14). */
    static final Set<String> BUYER_ID_SCHEMES =
            Set.of("TIN", "CRN", "MOM", "MLS", "700", "SAG", "NAT", "GCC", "IQA", "PAS", "OTH");

    static final String NATIONAL_ID_SCHEME = "NAT";

    /** Standard rates: 15 %, and 5 % for supplies under the pre-July-2020 rate (BR-KSA-84). */
    static final Set<String> STANDARD_RATES = Set.of("15", "5");

    /** UNTDID 4461 payment means codes accepted by BR-KSA-16. */
    static final Set<String> PAYMENT_MEANS_CODES = Set.of(
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
            "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37",
            "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55",
            "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "70", "74", "75", "76", "77",
            "78", "91", "92", "93", "94", "95", "96", "97", "ZZZ");

    static final String SAUDI_ARABIA = "SA";

    private KsaCodeLists() {}
}
