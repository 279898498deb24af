package sa.fatoora.gateway.zatca.entity.wire;

/** Body of {@code POST /compliance} and {@code PATCH /production/csids}: base64 of the CSR's PEM text. */
public record CsrRequest(String csr) {}
