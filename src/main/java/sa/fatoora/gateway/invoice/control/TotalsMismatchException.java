package sa.fatoora.gateway.invoice.control;

import java.util.List;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.platform.entity.FieldError;

/** 400 {@code TOTALS_MISMATCH}: the totals the caller sent differ from ours; each differing field is listed. */
public class TotalsMismatchException extends ValidationFailedException {

    public TotalsMismatchException(List<FieldError> mismatches) {
        super(
                "TOTALS_MISMATCH",
                mismatches.size() == 1
                        ? "1 total differs from the computed one."
                        : mismatches.size() + " totals differ from the computed ones.",
                mismatches);
    }
}
