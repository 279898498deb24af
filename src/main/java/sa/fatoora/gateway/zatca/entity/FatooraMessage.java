package sa.fatoora.gateway.zatca.entity;

/** One of Fatoora's validation messages in our own terms: type INFO, WARNING or ERROR, and a rule code. */
public record FatooraMessage(String type, String code, String category, String message) {

    public boolean isError() {
        return "ERROR".equals(type);
    }

    public boolean isWarning() {
        return "WARNING".equals(type);
    }
}
