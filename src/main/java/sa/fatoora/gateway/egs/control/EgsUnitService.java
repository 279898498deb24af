package sa.fatoora.gateway.egs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import sa.fatoora.gateway.audit.control.AuditLog;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.egs.entity.EgsUnitRequest;
import sa.fatoora.gateway.egs.entity.EgsUnitView;
import sa.fatoora.gateway.platform.control.ConflictException;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.platform.entity.FieldError;

/** EGS units, always within one tenant: another tenant's unit is indistinguishable from a missing one. */
@ApplicationScoped
public class EgsUnitService {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** Refuses, before storing anything, a unit whose values exceed a length ZATCA caps ({@link EgsUnitLimits}). */
    public EgsUnitView create(Long tenantId, EgsUnitRequest request) {
        EgsUnit unit = new EgsUnit(tenantId, request, Instant.now(clock));
        List<FieldError> problems = EgsUnitLimits.problems(unit);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems.size() + " invalid field(s)", problems);
        }
        long existing = em.createNamedQuery(EgsUnit.COUNT_BY_NAME, Long.class)
                .setParameter("tenantId", tenantId)
                .setParameter("name", request.name().strip())
                .getSingleResult();
        if (existing > 0) {
            throw new ConflictException(
                    "EGS_UNIT_EXISTS",
                    "An EGS unit named '" + request.name().strip() + "' already exists for this tenant");
        }
        return tx.required(() -> {
            em.persist(unit);
            em.flush();
            audit.record(
                    tenantId,
                    unit.getId(),
                    AuditType.EGS_UNIT_CREATED,
                    "EGS unit " + unit.getId() + " registered for " + unit.getEnvironment());
            return EgsUnitView.of(unit);
        });
    }

    public List<EgsUnitView> list(Long tenantId) {
        return em
                .createNamedQuery(EgsUnit.BY_TENANT, EgsUnit.class)
                .setParameter("tenantId", tenantId)
                .getResultList()
                .stream()
                .map(EgsUnitView::of)
                .toList();
    }

    public EgsUnitView get(Long tenantId, Long id) {
        return EgsUnitView.of(find(tenantId, id));
    }

    /** The tenant's unit of this name (the CN of its certificates), if any. */
    public Optional<EgsUnit> findByName(Long tenantId, String name) {
        return em.createNamedQuery(EgsUnit.BY_NAME, EgsUnit.class)
                .setParameter("tenantId", tenantId)
                .setParameter("name", name == null ? "" : name.strip())
                .getResultStream()
                .findFirst();
    }

    /** The unit if it belongs to the tenant; 404 otherwise, whether it exists elsewhere or not. */
    public EgsUnit find(Long tenantId, Long id) {
        EgsUnit unit = id == null ? null : em.find(EgsUnit.class, id);
        if (unit == null || !unit.getTenantId().equals(tenantId)) {
            throw new ResourceNotFoundException("EGS unit", id);
        }
        return unit;
    }
}
