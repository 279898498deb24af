package sa.fatoora.gateway.egs.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import sa.fatoora.gateway.egs.entity.AddressData;
import sa.fatoora.gateway.egs.entity.CsrProfile;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.platform.entity.FieldError;
import sa.fatoora.gateway.signing.control.QrCodes;
import sa.fatoora.gateway.signing.control.QrWorstCase;

/**
 * Lengths that ZATCA, or an encoding it relies on, caps, checked on the unit as it would be stored: a value over one
 * of them is accepted at registration but fails much later, at onboarding (the CSR, the compliance documents' QR) or
 * at an invoice. Each cap names its source; characters are Unicode code points, as both X.520 and XPath's
 * string-length count them.
 */
final class EgsUnitLimits {

    /** X.520 upper bounds of the CSR subject's attributes (RFC 5280 appendix A.1: ub-common-name and friends). */
    static final int MAX_SUBJECT_CHARACTERS = 64;

    /** The KSA schematron's field limits for the seller address (BR-KSA-F-06-C6, -C7 and -C9). */
    static final int MAX_ADDRESS_CHARACTERS = 127;

    private EgsUnitLimits() {}

    static List<FieldError> problems(EgsUnit unit) {
        List<FieldError> problems = new ArrayList<>();
        CsrProfile csr = unit.csrProfile();
        subject(problems, "/name", csr.commonName(), "common name (CN)", "ub-common-name");
        subject(problems, "/branch", csr.organizationUnit(), "organization unit (OU)", "ub-organizational-unit-name");
        subject(problems, "/seller/legalName", csr.organization(), "organization (O)", "ub-organization-name");
        // the CSR's other attributes: the SN triple is a surname (2.5.4.4, ub-name 32768), UID the 15-digit VAT
        // number, title 4 digits (ub-title 64), businessCategory at most 100 (ub-business-category 128);
        // registeredAddress has no bound in X.520 that ZATCA's plain UTF8String would follow
        AddressData address = unit.seller().address();
        address(problems, "additionalStreet", address.additionalStreet(), "BR-KSA-F-06-C6");
        address(problems, "city", address.city(), "BR-KSA-F-06-C7");
        address(problems, "district", address.district(), "BR-KSA-F-06-C9");
        // the street may have 1000 (BR-KSA-F-06-C4): the request takes 200
        qr(problems, unit);
        return problems;
    }

    private static void subject(
            List<FieldError> problems, String pointer, String value, String attribute, String bound) {
        int characters = value.codePointCount(0, value.length());
        if (characters > MAX_SUBJECT_CHARACTERS) {
            problems.add(new FieldError(
                    pointer,
                    "is " + characters + " characters; it is the certificate's " + attribute + ", which takes at most "
                            + MAX_SUBJECT_CHARACTERS + " (X.520 " + bound + ")"));
        }
    }

    private static void address(List<FieldError> problems, String field, String value, String rule) {
        int characters = value == null ? 0 : value.codePointCount(0, value.length());
        if (characters > MAX_ADDRESS_CHARACTERS) {
            problems.add(new FieldError(
                    "/seller/address/" + field,
                    "is " + characters + " characters; ZATCA takes at most " + MAX_ADDRESS_CHARACTERS + " (" + rule
                            + ")"));
        }
    }

    /**
     * QR tags 1 and 2 are the seller's name and VAT number as the unit stores them; every other tag is taken at its
     * longest. Tag 9 counts for units that issue simplified documents (0100, 1100). A standard-only unit (1000)
     * prints the QR ZATCA stamps at clearance, but the gateway still writes its own QR, tags 1 to 8, into every
     * standard document it signs and refuses it over 700 characters: that QR is the one checked. ZATCA's own QR for
     * a standard document has no tag 9 either (zatca-facts section 10; the SDK's standard samples carry tags 1-8).
     */
    private static void qr(List<FieldError> problems, EgsUnit unit) {
        String name = unit.seller().legalName();
        String vatNumber = unit.seller().vatNumber();
        int vatBytes = utf8Length(vatNumber);
        if (vatBytes > QrCodes.MAX_VALUE_BYTES) {
            problems.add(new FieldError("/seller/vatNumber", tooLongForTlv("seller VAT number", vatBytes)));
            return;
        }
        boolean simplified = unit.getFunctionality().issuesSimplified();
        String fit = ": at most " + QrWorstCase.maxSellerNameBytes(vatNumber, simplified) + " bytes fit"
                + (simplified ? " for a unit that issues simplified documents" : "");
        int nameBytes = utf8Length(name);
        if (nameBytes > QrCodes.MAX_VALUE_BYTES) {
            problems.add(new FieldError("/seller/legalName", tooLongForTlv("seller name", nameBytes) + fit));
            return;
        }
        int length = QrWorstCase.length(name, vatNumber, simplified);
        if (length > QrCodes.MAX_LENGTH) {
            problems.add(new FieldError(
                    "/seller/legalName",
                    "the seller name is " + nameBytes + " bytes in UTF-8; with the other QR fields at their longest"
                            + " the QR would be " + length + " characters, over ZATCA's " + QrCodes.MAX_LENGTH + fit));
        }
    }

    private static String tooLongForTlv(String what, int bytes) {
        return "the " + what + " is " + bytes + " bytes in UTF-8, over the " + QrCodes.MAX_VALUE_BYTES
                + " a QR code value can hold (it has one length byte)";
    }

    private static int utf8Length(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length;
    }
}
