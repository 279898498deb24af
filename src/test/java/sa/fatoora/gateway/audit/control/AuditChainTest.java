package sa.fatoora.gateway.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.audit.entity.AuditChain;
import sa.fatoora.gateway.audit.entity.AuditOutcome;
import sa.fatoora.gateway.audit.entity.AuditView;
import sa.fatoora.gateway.audit.entity.ChainBreak;

/** The canonical form, the hash chain as the sealer builds it, and the walk that finds each kind of tampering. */
class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-12-06T09:15:30.123456Z");

    @Test
    void canonicalFormIsFixedAndDocumented() {
        AuditView r = new AuditView(
                42L,
                AT,
                "api-key:3",
                5L,
                null,
                "invoice:99",
                "INVOICE_SIGNED",
                AuditOutcome.SUCCEEDED,
                "line one\nline two \\ end\r",
                false,
                null,
                null,
                null);
        String form = AuditCanonical.form(r, 7, AuditChain.GENESIS);
        assertEquals(
                "fatoora-audit-v1\nid=42\nsequence=7\noccurredAt=2026-12-06T09:15:30.123456Z\nactor=api-key:3\n"
                        + "tenant=5\negsUnit=\\0\nsubject=invoice:99\ntype=INVOICE_SIGNED\noutcome=SUCCEEDED\n"
                        + "detail=line one\\nline two \\\\ end\\r\npreviousHash=" + "0".repeat(64) + "\n",
                form);
        // pinned (computed apart, with Python's hashlib): a change of the form breaks every chain already sealed
        assertEquals(
                "17047a97c476d8bb4999a08055717052bc77fada617c545128cda9527e4af7ff",
                AuditCanonical.hash(r, 7, AuditChain.GENESIS));
    }

    @Test
    void aValueCannotPoseAsAnotherField() {
        String honest = AuditCanonical.form(view(1L, null, "x"), 1, AuditChain.GENESIS);
        String forged = AuditCanonical.form(view(1L, null, "x\npreviousHash="), 1, AuditChain.GENESIS);
        assertTrue(!honest.equals(forged) && forged.contains("detail=x\\npreviousHash="));
        // null and the empty text differ
        AuditView empty = new AuditView(
                1L,
                AT,
                "",
                null,
                9L,
                "invoice:1",
                "INVOICE_SIGNED",
                AuditOutcome.SUCCEEDED,
                "x",
                false,
                null,
                null,
                null);
        AuditView none = new AuditView(
                1L,
                AT,
                null,
                null,
                9L,
                "invoice:1",
                "INVOICE_SIGNED",
                AuditOutcome.SUCCEEDED,
                "x",
                false,
                null,
                null,
                null);
        assertTrue(!AuditCanonical.form(empty, 1, AuditChain.GENESIS)
                .equals(AuditCanonical.form(none, 1, AuditChain.GENESIS)));
    }

    @Test
    void anIntactChainVerifies() {
        List<AuditView> chain = seal(5);
        ChainWalk walk = walk(chain, 5, chain.get(4).hash());
        assertNull(walk.firstBreak());
        assertEquals(5, walk.verified());
    }

    @Test
    void anEditedFieldIsAHashMismatch() {
        List<AuditView> chain = seal(5);
        AuditView r = chain.get(2);
        chain.set(
                2,
                new AuditView(
                        r.id(),
                        r.occurredAt(),
                        r.actor(),
                        r.tenantId(),
                        r.egsUnitId(),
                        r.subject(),
                        r.type(),
                        AuditOutcome.REFUSED,
                        r.detail(),
                        true,
                        r.sequence(),
                        r.previousHash(),
                        r.hash()));
        ChainWalk walk = walk(chain, 5, chain.get(4).hash());
        assertEquals(new ChainBreak(3, r.id(), ChainBreak.HASH_MISMATCH), walk.firstBreak());
        assertEquals(2, walk.verified());
    }

    @Test
    void aRehashedEditBreaksTheNextLink() {
        List<AuditView> chain = seal(5);
        AuditView r = chain.get(1);
        AuditView edited = new AuditView(
                r.id(),
                r.occurredAt(),
                r.actor(),
                r.tenantId(),
                r.egsUnitId(),
                r.subject(),
                r.type(),
                r.outcome(),
                "edited",
                true,
                r.sequence(),
                r.previousHash(),
                null);
        String hash = AuditCanonical.hash(edited, 2, r.previousHash());
        chain.set(
                1,
                new AuditView(
                        edited.id(),
                        edited.occurredAt(),
                        edited.actor(),
                        edited.tenantId(),
                        edited.egsUnitId(),
                        edited.subject(),
                        edited.type(),
                        edited.outcome(),
                        edited.detail(),
                        true,
                        2L,
                        r.previousHash(),
                        hash));
        ChainWalk walk = walk(chain, 5, chain.get(4).hash());
        assertEquals(new ChainBreak(3, chain.get(2).id(), ChainBreak.LINK_MISMATCH), walk.firstBreak());
    }

    @Test
    void aDeletedRowIsAMissingRecord() {
        List<AuditView> chain = seal(5);
        chain.remove(2);
        ChainWalk walk = walk(chain, 5, chain.get(3).hash());
        assertEquals(new ChainBreak(3, null, ChainBreak.MISSING_RECORD), walk.firstBreak());
        assertEquals(2, walk.verified());
    }

    @Test
    void aDeletedLastRowIsSeenByTheHead() {
        List<AuditView> chain = seal(5);
        String headHash = chain.get(4).hash();
        chain.remove(4);
        ChainWalk walk = walk(chain, 5, headHash);
        assertEquals(new ChainBreak(5, null, ChainBreak.MISSING_RECORD), walk.firstBreak());
        assertEquals(4, walk.verified());
    }

    @Test
    void reorderedRowsBreakTheChain() {
        List<AuditView> chain = seal(5);
        // the sequence numbers of records 2 and 3 swapped, rows read in sequence order
        AuditView two = chain.get(1);
        AuditView three = chain.get(2);
        chain.set(1, withSequence(three, 2));
        chain.set(2, withSequence(two, 3));
        ChainWalk walk = walk(chain, 5, chain.get(4).hash());
        assertEquals(new ChainBreak(2, three.id(), ChainBreak.LINK_MISMATCH), walk.firstBreak());
        assertEquals(1, walk.verified());
    }

    @Test
    void aHeadThatDoesNotMatchIsReported() {
        List<AuditView> chain = seal(3);
        ChainWalk walk = walk(chain, 3, "f".repeat(64));
        assertEquals(new ChainBreak(3, null, ChainBreak.HEAD_MISMATCH), walk.firstBreak());
    }

    @Test
    void csvCellsAreEscapedAndFormulaSafe() throws Exception {
        assertEquals("", AuditExport.cell(null));
        assertEquals("plain", AuditExport.cell("plain"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AuditExport.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", AuditExport.cell("+1"));
        assertEquals("'-2", AuditExport.cell("-2"));
        assertEquals("'@SUM(A1)", AuditExport.cell("@SUM(A1)"));
        assertEquals("\"a,b\"", AuditExport.cell("a,b"));
        assertEquals("\"line\nbreak\"", AuditExport.cell("line\nbreak"));
        StringWriter out = new StringWriter();
        AuditExport.csv(out, view(1L, 2L, "=cmd|' /C calc'!A0, \"quoted\""));
        assertTrue(out.toString().contains(",\"'=cmd|' /C calc'!A0, \"\"quoted\"\"\","), out.toString());
        StringWriter json = new StringWriter();
        AuditExport.jsonl(json, view(1L, 2L, "a \"b\"\n"));
        assertTrue(json.toString().endsWith("}\n") && json.toString().contains("\"detail\":\"a \\\"b\\\"\\n\""));
    }

    @Test
    void cursorsRoundTripAndForgeriesAreRefused() {
        assertEquals(12345L, AuditTrail.decode(AuditTrail.encode(12345L)));
        for (String bad : List.of("nope", "!!", AuditTrail.encode(-1L), "YTE6eA")) {
            try {
                AuditTrail.decode(bad);
                throw new AssertionError("accepted " + bad);
            } catch (AuditCursorException expected) {
                assertEquals("AUDIT_CURSOR_INVALID", expected.code());
            }
        }
    }

    @Test
    void parametersAreChecked() {
        assertEquals(50, AuditParameters.limit(null));
        assertEquals(500, AuditParameters.limit("500"));
        for (String bad : List.of("0", "501", "x", "-1")) {
            try {
                AuditParameters.limit(bad);
                throw new AssertionError("accepted " + bad);
            } catch (AuditQueryException expected) {
                assertEquals(400, expected.status());
            }
        }
        var q = AuditParameters.query(false, 1L, null, null, "2026-12-06", "2026-12-06");
        assertEquals(Instant.parse("2026-12-05T21:00:00Z"), q.from());
        assertEquals(Instant.parse("2026-12-06T21:00:00Z"), q.to());
        for (String bad : List.of("yesterday", "2026-13-01", "2026-12-06T25:00:00Z")) {
            try {
                AuditParameters.query(false, 1L, null, null, bad, null);
                throw new AssertionError("accepted " + bad);
            } catch (AuditQueryException expected) {
                assertTrue(expected.getMessage().startsWith("from:"));
            }
        }
    }

    private static ChainWalk walk(List<AuditView> rows, long headSequence, String headHash) {
        ChainWalk walk = new ChainWalk();
        for (AuditView r : rows) {
            if (!walk.accept(r)) {
                break;
            }
        }
        walk.end(headSequence, headHash);
        return walk;
    }

    /** {@code n} records sealed as AuditSealer does. */
    private static List<AuditView> seal(int n) {
        List<AuditView> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditView r = view((long) (i * 10), 4L, "record " + i);
            String hash = AuditCanonical.hash(r, i, previous);
            chain.add(withSeal(r, i, previous, hash));
            previous = hash;
        }
        return chain;
    }

    private static AuditView view(Long id, Long tenant, String detail) {
        return new AuditView(
                id,
                AT,
                "api-key:3",
                tenant,
                9L,
                "invoice:" + id,
                "INVOICE_SIGNED",
                AuditOutcome.SUCCEEDED,
                detail,
                false,
                null,
                null,
                null);
    }

    private static AuditView withSeal(AuditView r, long sequence, String previous, String hash) {
        return new AuditView(
                r.id(),
                r.occurredAt(),
                r.actor(),
                r.tenantId(),
                r.egsUnitId(),
                r.subject(),
                r.type(),
                r.outcome(),
                r.detail(),
                true,
                sequence,
                previous,
                hash);
    }

    private static AuditView withSequence(AuditView r, long sequence) {
        return withSeal(r, sequence, r.previousHash(), r.hash());
    }
}
