/**
 * Talking to ZATCA's Fatoora platform: ZATCA's three environments ({@code entity.ZatcaEnvironment}), the wire
 * contract ({@code entity.wire}: ZATCA's own field names, quirks included, shared with the built-in simulator and
 * with nobody else), the REST client with CSID and OAuth authentication (the OAuth token service and its cache live
 * here, keyed by environment), fault tolerance, and the status service behind GET /api/v1/zatca/status (whose
 * resource sits in certificate, which knows the units' certificates). The rest of the gateway sees Fatoora's
 * answers as {@code entity.FatooraResult}, {@code FatooraMessage}, {@code CsidCredentials} and the like.
 *
 * <p>Layer 6 of 14 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema, signing,
 * tenant, audit. Uses today: platform. Used only by the capabilities above it. Inside: {@code boundary -> control ->
 * entity}; other capabilities use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.zatca;
