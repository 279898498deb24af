package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import sa.fatoora.gateway.invoice.entity.ClientTotals;
import sa.fatoora.gateway.invoice.entity.InvoiceTotals;
import sa.fatoora.gateway.platform.entity.FieldError;

/** Compares the caller's own totals, where sent, with the computed ones: 100 and 100.00 are equal. */
@ApplicationScoped
public class TotalsComparison {

    /** Throws {@link TotalsMismatchException} naming every total that differs; absent client totals are skipped. */
    public void requireMatch(ClientTotals client, InvoiceTotals computed) {
        List<FieldError> mismatches = mismatches(client, computed);
        if (!mismatches.isEmpty()) {
            throw new TotalsMismatchException(mismatches);
        }
    }

    public List<FieldError> mismatches(ClientTotals client, InvoiceTotals computed) {
        List<FieldError> out = new ArrayList<>();
        if (client == null) {
            return out;
        }
        compare(out, "lineExtensionAmount", client.lineExtensionAmount(), computed.lineExtensionAmount());
        compare(out, "allowanceTotalAmount", client.allowanceTotalAmount(), computed.allowanceTotalAmount());
        compare(out, "chargeTotalAmount", client.chargeTotalAmount(), computed.chargeTotalAmount());
        compare(out, "taxExclusiveAmount", client.taxExclusiveAmount(), computed.taxExclusiveAmount());
        compare(out, "taxAmount", client.taxAmount(), computed.taxAmount());
        compare(out, "taxAmountSar", client.taxAmountSar(), computed.taxAmountSar());
        compare(out, "taxInclusiveAmount", client.taxInclusiveAmount(), computed.taxInclusiveAmount());
        compare(out, "prepaidAmount", client.prepaidAmount(), computed.prepaidAmount());
        compare(out, "payableAmount", client.payableAmount(), computed.payableAmount());
        return out;
    }

    private static void compare(List<FieldError> out, String field, BigDecimal sent, BigDecimal ours) {
        if (sent != null && sent.compareTo(ours) != 0) {
            out.add(new FieldError(
                    "/totals/" + field,
                    "sent " + sent.toPlainString() + " but the computed " + field + " is " + ours.toPlainString()));
        }
    }
}
