package sa.fatoora.gateway.batch.entity;

import jakarta.json.JsonObject;

/**
 * One item's result: its place in the body, its unit and invoice number, and either the document made from it
 * ({@code invoiceId}, its ICV and its status now: PENDING, CLEARED, REPORTED or REJECTED) or, with status FAILED, the
 * problem a single request would have answered ({@code error}: code, status, detail, errors). QUEUED: not issued yet.
 */
public record ItemView(
        int index,
        Long egsUnitId,
        String invoiceNumber,
        String status,
        Long invoiceId,
        Long icv,
        JsonObject error,
        String invoice) {}
