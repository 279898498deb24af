package sa.fatoora.gateway.invoice.control;

import java.util.List;
import java.util.regex.Pattern;
import sa.fatoora.gateway.invoice.entity.Buyer;
import sa.fatoora.gateway.invoice.entity.InvoiceLine;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.PartyId;
import sa.fatoora.gateway.invoice.entity.PostalAddress;
import sa.fatoora.gateway.invoice.entity.Seller;
import sa.fatoora.gateway.platform.entity.VatNumber;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;

/** Rules on the buyer: what B2B (standard) documents need, identifier formats, exports and special exemptions. */
final class BuyerRules {

    private static final Pattern ALPHANUMERIC = Pattern.compile("[a-zA-Z0-9]+");
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

    private BuyerRules() {}

    static void check(InvoiceRequest r, Seller seller, Violations v) {
        boolean standard = r.subtype() == InvoiceSubtype.STANDARD;
        Buyer buyer = r.buyer();
        if (buyer == null) {
            if (standard) {
                v.add(
                        "/buyer",
                        "is required on a standard (B2B) document: name, VAT number or other id, and"
                                + " address (BR-KSA-42, BR-KSA-81, BR-KSA-10)");
            } else if (r.summary()) {
                v.add("/buyer", "is required on a simplified summary invoice: the buyer name (BR-KSA-71)");
            }
            checkNationalIdExemptions(r, null, v);
            return;
        }
        if (Violations.isBlank(buyer.name()) && (standard || r.summary())) {
            v.add(
                    "/buyer/name",
                    "is required on "
                            + (standard
                                    ? "a standard document (BR-KSA-42)"
                                    : "a simplified summary invoice (BR-KSA-71)"));
        }
        if (!Violations.isBlank(buyer.vatNumber())) {
            if (!VatNumber.valid(buyer.vatNumber())) {
                v.add("/buyer/vatNumber", "must be 15 digits, first and last digit 3 (BR-KSA-44)");
            } else if (seller != null && buyer.vatNumber().equals(seller.vatNumber())) {
                v.add("/buyer/vatNumber", "must differ from the seller's VAT number (BR-CUSTOM-VALIDATION-01)");
            }
        } else if (standard && buyer.otherIds().isEmpty()) {
            v.add(
                    "/buyer/otherIds",
                    "a buyer without VAT number needs another id such as CRN, NAT or TIN" + " (BR-KSA-81)");
        }
        checkOtherIds(buyer.otherIds(), v);
        checkAddress(r, buyer.address(), standard, v);
        checkNationalIdExemptions(r, buyer, v);
    }

    private static void checkOtherIds(List<PartyId> ids, Violations v) {
        for (int i = 0; i < ids.size(); i++) {
            PartyId id = ids.get(i);
            String at = "/buyer/otherIds/" + i;
            if (v.require(at + "/scheme", id.scheme(), " (BR-KSA-14)")
                    && !KsaCodeLists.BUYER_ID_SCHEMES.contains(id.scheme())) {
                v.add(
                        at + "/scheme",
                        "unknown scheme '" + id.scheme() + "': use one of "
                                + KsaCodeLists.BUYER_ID_SCHEMES.stream()
                                        .sorted()
                                        .toList() + " (BR-KSA-14)");
            }
            if (v.require(at + "/value", id.value(), " (BR-KSA-14)")
                    && !ALPHANUMERIC.matcher(id.value()).matches()) {
                v.add(at + "/value", "must contain only letters and digits (BR-KSA-14)");
            }
        }
    }

    private static void checkAddress(InvoiceRequest r, PostalAddress address, boolean standard, Violations v) {
        String country = address == null ? null : address.country();
        if (r.export() && KsaCodeLists.SAUDI_ARABIA.equals(country)) {
            v.add(
                    "/buyer/address/country",
                    "an export invoice is for a buyer outside Saudi Arabia: country must" + " not be SA");
        }
        if (!standard) {
            return;
        }
        if (Violations.isBlank(country)) {
            v.add("/buyer/address/country", "is required on a standard document (BR-KSA-10, BR-KSA-63)");
            return;
        }
        String at = "/buyer/address";
        v.require(
                at + "/street",
                address.street(),
                KsaCodeLists.SAUDI_ARABIA.equals(country) ? " (BR-KSA-63)" : " (BR-KSA-10)");
        v.require(
                at + "/city",
                address.city(),
                KsaCodeLists.SAUDI_ARABIA.equals(country) ? " (BR-KSA-63)" : " (BR-KSA-10)");
        if (KsaCodeLists.SAUDI_ARABIA.equals(country)) {
            v.require(at + "/buildingNumber", address.buildingNumber(), " for a Saudi address (BR-KSA-63)");
            v.require(at + "/district", address.district(), " for a Saudi address (BR-KSA-63)");
            if (v.require(at + "/postalZone", address.postalZone(), " for a Saudi address (BR-KSA-63)")
                    && !FIVE_DIGITS.matcher(address.postalZone()).matches()) {
                v.add(at + "/postalZone", "a Saudi postal code has 5 digits (BR-KSA-67)");
            }
        }
    }

    /** Private education and health care for citizens are zero rated only against the buyer's national id. */
    private static void checkNationalIdExemptions(InvoiceRequest r, Buyer buyer, Violations v) {
        boolean needsNationalId = false;
        for (InvoiceLine line : r.lines()) {
            if (line != null
                    && line.vatExemptionReasonCode() != null
                    && KsaCodeLists.NATIONAL_ID_EXEMPTIONS.contains(line.vatExemptionReasonCode())) {
                needsNationalId = true;
                break;
            }
        }
        if (!needsNationalId) {
            return;
        }
        boolean hasNationalId = buyer != null
                && buyer.otherIds().stream().anyMatch(id -> KsaCodeLists.NATIONAL_ID_SCHEME.equals(id.scheme()));
        if (!hasNationalId) {
            v.add(
                    "/buyer/otherIds",
                    "VATEX-SA-EDU and VATEX-SA-HEA need the buyer's national id (scheme NAT)" + " (BR-KSA-49)");
        }
        if (r.subtype() == InvoiceSubtype.SIMPLIFIED && (buyer == null || Violations.isBlank(buyer.name()))) {
            v.add("/buyer/name", "is required with VATEX-SA-EDU or VATEX-SA-HEA (BR-KSA-25)");
        }
    }
}
