package sa.fatoora.gateway.invoice.entity;

import java.util.List;

/** One page of a list: {@code page} counts from 0, {@code total} is the number of matches. */
public record InvoicePage(List<InvoiceSummary> items, int page, int size, long total) {}
