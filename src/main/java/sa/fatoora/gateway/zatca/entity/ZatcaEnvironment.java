package sa.fatoora.gateway.zatca.entity;

/** ZATCA's three environments; each has its own CSIDs and its own CSR template name. */
public enum ZatcaEnvironment {
    SANDBOX("developer-portal", "TSTZATCA-Code-Signing"),
    SIMULATION("simulation", "PREZATCA-Code-Signing"),
    PRODUCTION("core", "ZATCA-Code-Signing");

    private final String pathSegment;
    private final String certificateTemplate;

    ZatcaEnvironment(String pathSegment, String certificateTemplate) {
        this.pathSegment = pathSegment;
        this.certificateTemplate = certificateTemplate;
    }

    /** The last segment of the environment's base URL, e.g. {@code /e-invoicing/developer-portal}. */
    public String pathSegment() {
        return pathSegment;
    }

    public String certificateTemplate() {
        return certificateTemplate;
    }
}
