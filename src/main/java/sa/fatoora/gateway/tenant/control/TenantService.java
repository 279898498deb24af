package sa.fatoora.gateway.tenant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.tenant.entity.ApiKey;
import sa.fatoora.gateway.tenant.entity.CreatedTenant;
import sa.fatoora.gateway.tenant.entity.IssuedKey;
import sa.fatoora.gateway.tenant.entity.KeyView;
import sa.fatoora.gateway.tenant.entity.Tenant;
import sa.fatoora.gateway.tenant.entity.TenantView;

/** Creates tenants, issues and revokes their keys, and resolves a presented key to its tenant. */
@ApplicationScoped
public class TenantService {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    ApiKeyCache recentKeys;

    @Inject
    Clock clock = StoredTime.CLOCK;

    public CreatedTenant create(String name, String keyLabel) {
        return tx.required(() -> {
            Tenant tenant = new Tenant(name.strip(), Instant.now(clock));
            em.persist(tenant);
            em.flush();
            IssuedKey key = issue(tenant.getId(), keyLabel);
            return new CreatedTenant(tenant.getId(), tenant.getName(), tenant.getCreatedAt(), key);
        });
    }

    public IssuedKey addKey(Long tenantId, String label) {
        find(tenantId);
        return tx.required(() -> issue(tenantId, label));
    }

    public void revokeKey(Long tenantId, Long keyId) {
        tx.required(() -> {
            ApiKey key = em.find(ApiKey.class, keyId);
            if (key == null || !key.getTenantId().equals(tenantId)) {
                throw new ResourceNotFoundException("API key", keyId);
            }
            key.revoke(Instant.now(clock));
        });
        recentKeys.forgetAll();
    }

    public List<TenantView> list() {
        return em.createQuery("SELECT t FROM Tenant t ORDER BY t.id", Tenant.class).getResultList().stream()
                .map(TenantView::of)
                .toList();
    }

    public TenantView get(Long tenantId) {
        return TenantView.of(find(tenantId));
    }

    public List<KeyView> keys(Long tenantId) {
        find(tenantId);
        return em
                .createNamedQuery(ApiKey.BY_TENANT, ApiKey.class)
                .setParameter("tenantId", tenantId)
                .getResultList()
                .stream()
                .map(KeyView::of)
                .toList();
    }

    /**
     * The tenant owning an active key with this value, if any. Read in a transaction of its own: a read outside
     * one takes a connection that Liberty keeps for the rest of the request (local transaction containment), so
     * every request that later waits (on Fatoora, on a chain lock) would hold a pool connection all along. A key
     * found active is remembered for a few seconds (ApiKeyCache).
     */
    public Optional<Long> authenticate(String presentedKey) {
        String hash = ApiKeys.hash(presentedKey);
        Optional<Long> remembered = recentKeys.tenantOf(hash);
        if (remembered.isPresent()) {
            return remembered;
        }
        long generation = recentKeys.generation();
        Optional<Long> tenant = tx.required(() -> em.createNamedQuery(ApiKey.ACTIVE_BY_HASH, ApiKey.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst()
                .map(ApiKey::getTenantId));
        tenant.ifPresent(id -> recentKeys.remember(hash, id, generation));
        return tenant;
    }

    private Tenant find(Long tenantId) {
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw new ResourceNotFoundException("Tenant", tenantId);
        }
        return tenant;
    }

    private IssuedKey issue(Long tenantId, String label) {
        String raw = ApiKeys.generate();
        ApiKey key = new ApiKey(tenantId, ApiKeys.hash(raw), ApiKeys.displayPrefix(raw), label, Instant.now(clock));
        em.persist(key);
        em.flush();
        return new IssuedKey(key.getId(), raw, key.getPrefix(), key.getLabel(), key.getCreatedAt());
    }
}
