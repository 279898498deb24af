package sa.fatoora.gateway.simulator.entity;

import java.util.List;

/**
 * Faults for one call ({@code reporting}, {@code clearance}, {@code compliance}, {@code compliance-invoices},
 * {@code production-csids}, {@code token}): a {@code script} consumed one step per request, or a {@code rate} in
 * 0..1 with the {@code kinds} to pick from. Steps: {@code 500}, {@code 503}, {@code 429}, {@code delay:<ms>},
 * {@code drop}, {@code ok}.
 */
public record FaultPlan(String call, List<String> script, Double rate, List<String> kinds) {}
