package sa.fatoora.gateway.certificate.control;

import java.math.BigInteger;
import java.security.PublicKey;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import sa.fatoora.gateway.signing.control.ParsedKey;

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

    /** A key without a named curve (SEC1 without parameters) is taken to be on the CSR's curve. */
    public static Result of(ParsedKey key, PublicKey csrKey) {
        if (!(key instanceof ParsedKey.Ec ec) || !(csrKey instanceof ECPublicKey csrPoint)) {
            return Result.NOT_EC;
        }
        if (ec.curve() != null) {
            X9ECParameters curve = ParsedKey.curve(ec.curve());
            if (curve == null
                    || !curve.getCurve().equals(csrPoint.getParameters().getCurve())) {
                return Result.OTHER_CURVE;
            }
        }
        BigInteger d = ec.d();
        if (d.signum() <= 0
                || d.compareTo(csrPoint.getParameters().getN()) >= 0
                || !csrPoint.getParameters()
                        .getG()
                        .multiply(d)
                        .normalize()
                        .equals(csrPoint.getQ().normalize())) {
            return Result.OTHER_POINT;
        }
        return Result.SAME_KEY;
    }
}
