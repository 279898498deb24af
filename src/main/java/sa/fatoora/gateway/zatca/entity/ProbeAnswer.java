package sa.fatoora.gateway.zatca.entity;

/**
 * Fatoora's answer to the connectivity check: its HTTP status and, for a 401 or 403, the scheme of its
 * WWW-Authenticate challenge ({@code Bearer}: the OAuth layer refused the token; {@code Basic}: the CSID).
 */
public record ProbeAnswer(int httpStatus, String challengeScheme) {

    public boolean refused() {
        return httpStatus == 401 || httpStatus == 403;
    }

    public boolean bearerRefused() {
        return refused() && "Bearer".equalsIgnoreCase(challengeScheme);
    }
}
