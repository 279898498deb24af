package sa.fatoora.gateway.invoice.control;

import sa.fatoora.gateway.invoice.entity.InvoiceRequest;

/**
 * The invoice transaction code (KSA-2, {@code InvoiceTypeCode/@name}): {@code NNPNESB} and, since R3.4, the optional
 * continuous-supply (C) and B2G (G) positions. The SDK's samples all use 7 digits and BR-KSA-06 accepts 7, 8 or 9,
 * so the extra digits are written only when needed: G implies C.
 */
final class TransactionCode {

    private TransactionCode() {}

    static String of(InvoiceRequest r) {
        StringBuilder code = new StringBuilder(9)
                .append(r.subtype().code())
                .append(digit(r.thirdParty()))
                .append(digit(r.nominal()))
                .append(digit(r.export()))
                .append(digit(r.summary()))
                .append(digit(r.selfBilled()));
        if (r.continuousSupply() || r.b2g()) {
            code.append(digit(r.continuousSupply()));
        }
        if (r.b2g()) {
            code.append('1');
        }
        return code.toString();
    }

    private static char digit(boolean flag) {
        return flag ? '1' : '0';
    }
}
