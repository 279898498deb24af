package sa.fatoora.gateway.tenant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import sa.fatoora.gateway.tenant.entity.AuthenticatedKey;
import sa.fatoora.gateway.tenant.entity.CreatedTenant;
import sa.fatoora.gateway.tenant.entity.IssuedKey;
import sa.fatoora.gateway.tenant.entity.KeyRole;
import sa.fatoora.gateway.tenant.entity.KeyView;
import sa.fatoora.gateway.tenant.entity.Tenant;
import sa.fatoora.gateway.tenant.entity.TenantEvent;
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

    /** Observed by the audit trail, inside the change's transaction. */
    @Inject
    Event<TenantEvent> changes;

    @Inject
    Clock clock = StoredTime.CLOCK;

    public CreatedTenant create(String name, String keyLabel) {
        return tx.required(() -> {
            Tenant tenant = new Tenant(name.strip(), Instant.now(clock));
            em.persist(tenant);
            em.flush();
            changes.fire(new TenantEvent(
                    TenantEvent.Kind.TENANT_CREATED,
                    tenant.getId(),
                    "tenant:" + tenant.getId(),
                    "tenant " + tenant.getId() + " created"));
            IssuedKey key = issue(tenant.getId(), keyLabel, KeyRole.OPERATOR);
            return new CreatedTenant(tenant.getId(), tenant.getName(), tenant.getCreatedAt(), key);
        });
    }

    public IssuedKey addKey(Long tenantId, String label, KeyRole role) {
        find(tenantId);
        return tx.required(() -> issue(tenantId, label, role));
    }

    public void revokeKey(Long tenantId, Long keyId) {
        tx.required(() -> {
            ApiKey key = em.find(ApiKey.class, keyId);
            if (key == null || !key.getTenantId().equals(tenantId)) {
                throw new ResourceNotFoundException("API key", keyId);
            }
            key.revoke(Instant.now(clock));
            changes.fire(new TenantEvent(
                    TenantEvent.Kind.API_KEY_REVOKED,
                    tenantId,
                    "api-key:" + keyId,
                    "API key " + keyId + " (" + key.getPrefix() + "...) revoked"));
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
        return authenticateKey(presentedKey).map(AuthenticatedKey::tenantId);
    }

    /** As {@link #authenticate}, with the key's id (the audit trail's actor). */
    public Optional<AuthenticatedKey> authenticateKey(String presentedKey) {
        String hash = ApiKeys.hash(presentedKey);
        Optional<AuthenticatedKey> remembered = recentKeys.keyOf(hash);
        if (remembered.isPresent()) {
            return remembered;
        }
        long generation = recentKeys.generation();
        Optional<AuthenticatedKey> key = tx.required(() -> em.createNamedQuery(ApiKey.ACTIVE_BY_HASH, ApiKey.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst()
                .map(k -> new AuthenticatedKey(k.getTenantId(), k.getId(), k.getRole())));
        key.ifPresent(k -> recentKeys.remember(hash, k, generation));
        return key;
    }

    private Tenant find(Long tenantId) {
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw new ResourceNotFoundException("Tenant", tenantId);
        }
        return tenant;
    }

    private IssuedKey issue(Long tenantId, String label, KeyRole role) {
        String raw = ApiKeys.generate();
        ApiKey key =
                new ApiKey(tenantId, ApiKeys.hash(raw), ApiKeys.displayPrefix(raw), label, role, Instant.now(clock));
        em.persist(key);
        em.flush();
        // the prefix only (what the key list shows), never the key
        changes.fire(new TenantEvent(
                TenantEvent.Kind.API_KEY_ISSUED,
                tenantId,
                "api-key:" + key.getId(),
                "API key " + key.getId() + " (" + key.getPrefix() + "...) issued, role " + role));
        return new IssuedKey(key.getId(), raw, key.getPrefix(), key.getLabel(), role, key.getCreatedAt());
    }
}
