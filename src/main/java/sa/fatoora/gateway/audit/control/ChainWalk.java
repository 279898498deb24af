package sa.fatoora.gateway.audit.control;

import java.util.Objects;
import sa.fatoora.gateway.audit.entity.AuditChain;
import sa.fatoora.gateway.audit.entity.AuditView;
import sa.fatoora.gateway.audit.entity.ChainBreak;

/**
 * Re-walks one chain, record by record in sequence order (fed in pages), and stops at the first break: a sequence
 * that skips (a deleted record) or repeats, a previous hash that is not the last record's hash (reordered or
 * replaced), a hash that is not the record's canonical hash (an edited field). At the end the chain head must name
 * the last record (a deleted tail).
 */
public final class ChainWalk {

    private long expected = 1;
    private String previous = AuditChain.GENESIS;
    private long verified;
    private ChainBreak firstBreak;

    /** False once broken (later records are not looked at). */
    public boolean accept(AuditView r) {
        if (firstBreak != null) {
            return false;
        }
        long sequence = r.sequence();
        if (sequence > expected) {
            firstBreak = new ChainBreak(expected, null, ChainBreak.MISSING_RECORD);
        } else if (sequence < expected) {
            firstBreak = new ChainBreak(expected, r.id(), ChainBreak.OUT_OF_ORDER);
        } else if (!Objects.equals(r.previousHash(), previous)) {
            firstBreak = new ChainBreak(sequence, r.id(), ChainBreak.LINK_MISMATCH);
        } else if (!Objects.equals(AuditCanonical.hash(r, sequence, previous), r.hash())) {
            firstBreak = new ChainBreak(sequence, r.id(), ChainBreak.HASH_MISMATCH);
        } else {
            verified++;
            expected++;
            previous = r.hash();
            return true;
        }
        return false;
    }

    /** After the last record: the head must be where the walk ended. */
    public void end(long headSequence, String headHash) {
        if (firstBreak != null) {
            return;
        }
        if (headSequence >= expected) {
            firstBreak = new ChainBreak(expected, null, ChainBreak.MISSING_RECORD);
        } else if (headSequence != expected - 1 || !Objects.equals(headHash, previous)) {
            firstBreak = new ChainBreak(headSequence, null, ChainBreak.HEAD_MISMATCH);
        }
    }

    public long verified() {
        return verified;
    }

    public ChainBreak firstBreak() {
        return firstBreak;
    }

    public long lastSequence() {
        return expected - 1;
    }
}
