package sa.fatoora.gateway.certificate.control;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.interfaces.ECPublicKey;

/**
 * Whether a private key is the one of a CSR's public key: both EC, the same curve, and the private scalar times the
 * curve's generator is the CSR's public point. The elliptic-curve arithmetic stays here, with the other BouncyCastle
 * code; callers turn the answer into their own refusal.
 */
public final class CsrKeyMatch {

    public enum Result {
        SAME_KEY,
        NOT_EC,
        OTHER_CURVE,
        OTHER_POINT
    }

    private CsrKeyMatch() {}

    public static Result of(PrivateKey key, PublicKey csrKey) {
        if (!(key instanceof ECPrivateKey ec) || !(csrKey instanceof ECPublicKey csrPoint)) {
            return Result.NOT_EC;
        }
        BigInteger d = ec.getD();
        boolean sameCurve = ec.getParameters() != null
                && ec.getParameters().getCurve().equals(csrPoint.getParameters().getCurve());
        if (!sameCurve) {
            return Result.OTHER_CURVE;
        }
        if (!ec.getParameters()
                .getG()
                .multiply(d)
                .normalize()
                .equals(csrPoint.getQ().normalize())) {
            return Result.OTHER_POINT;
        }
        return Result.SAME_KEY;
    }
}
