package sa.fatoora.gateway.simulator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import sa.fatoora.gateway.certificate.control.CertificateAuthority;
import sa.fatoora.gateway.certificate.control.CsrGenerator;
import sa.fatoora.gateway.certificate.control.X509Certificates;
import sa.fatoora.gateway.platform.control.DataFolder;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.simulator.entity.SimCa;

/**
 * The simulator's CA: its key is created on first use in the data folder (owner-only), its certificate is kept in
 * the database, so CSIDs issued before a restart still verify after it.
 */
@ApplicationScoped
public class SimulatorCa {

    static final String KEY_FILE = "simulator-ca-key.pem";
    static final String NAME = "FGSIMULATORCA1-CA";
    static final String[] DOMAIN = {"simulator", "fatoora", "local"};

    @PersistenceContext(unitName = "simulator")
    EntityManager em;

    @Inject
    DataFolder dataFolder;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock = StoredTime.CLOCK;

    private volatile CertificateAuthority authority;

    public CertificateAuthority authority() {
        CertificateAuthority ca = authority;
        if (ca == null) {
            synchronized (this) {
                if (authority == null) {
                    authority = load();
                }
                ca = authority;
            }
        }
        return ca;
    }

    public X509Certificate certificate() {
        return authority().certificate();
    }

    private CertificateAuthority load() {
        KeyPair keys = X509Certificates.keyPairFromPem(dataFolder
                .readOrCreateSecret(
                        KEY_FILE,
                        () -> X509Certificates.toPem(CsrGenerator.newKeyPair().getPrivate()))
                .value());
        X509Certificate certificate = transactions.required(
                () -> em.createQuery("SELECT c FROM SimCa c ORDER BY c.id", SimCa.class).getResultList().stream()
                        .map(c -> X509Certificates.fromBase64Der(c.getCertificate()))
                        .filter(c -> c.getPublicKey().equals(keys.getPublic()))
                        .findFirst()
                        .orElseGet(() -> {
                            X509Certificate created =
                                    CertificateAuthority.selfSigned(keys, NAME, DOMAIN, Duration.ofDays(3650), clock);
                            em.persist(new SimCa(X509Certificates.base64Der(created), Instant.now(clock)));
                            return created;
                        }));
        return new CertificateAuthority(keys.getPrivate(), certificate, clock);
    }
}
