/**
 * The built-in Fatoora simulator: ZATCA's six calls with a test CA, full validation, OAuth and fault injection.
 * It speaks Fatoora's wire format (zatca's {@code entity.wire}) and uses the product's own codecs (certificate's CA
 * and CSR checks, signing's reader, hashes and QR, validation's stages).
 *
 * <p>A deployable of its own: {@code fatoora-gateway-simulator.war} (sources under {@code src/simulator}, context
 * root /simulator), which the build's run and integration tests deploy beside the gateway on the same Liberty
 * (liberty/app/simulator-on.xml); the gateway's WAR and EAR contain none of it. It has its own persistence unit
 * ({@code simulator}: its FG_SIM_* entities) and its own changelog ({@code db/simulator/changelog.xml}, applied at
 * its start by {@code boundary.SimulatorSchema} and recorded in SIMULATORDATABASECHANGELOG), on the server's
 * jdbc/fatoora. It uses the gateway's classes as a library jar in WEB-INF/lib (control and entity packages and the
 * JAX-RS platform of platform.boundary; no other boundary, persistence unit or changelog), and
 * {@code boundary.SimulatorBeans}, a CDI extension, keeps only the gateway beans it uses: without it CDI would
 * start the gateway's beans from that jar too. Its validation takes the rule pack from {@code
 * control.SimulatorRulePack} (validation's {@code ActiveRulePack} port: the SDK folder or the built-in pack), not
 * from the gateway's database.
 *
 * <p>Layer 18 of 18 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema, signing,
 * tenant, audit, event, zatca, egs, certificate, policy, invoice, onboarding, validation, pdf, webhook, batch,
 * console. Uses today: platform, schema,
 * signing, tenant, zatca, certificate, invoice, validation. Nothing may depend on it. Inside: {@code boundary ->
 * control -> entity}; other capabilities use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.simulator;
