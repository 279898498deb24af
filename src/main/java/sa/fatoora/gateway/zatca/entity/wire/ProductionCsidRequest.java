package sa.fatoora.gateway.zatca.entity.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** Body of {@code POST /production/csids}: the requestID of the compliance CSID. */
public record ProductionCsidRequest(@JsonbProperty("compliance_request_id") String complianceRequestId) {}
