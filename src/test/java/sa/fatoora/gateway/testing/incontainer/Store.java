package sa.fatoora.gateway.testing.incontainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import sa.fatoora.gateway.platform.control.Transactions;

/** Test-only: the in-container tests' own reads and writes, through the application's persistence unit. */
@ApplicationScoped
public class Store {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    public <T> T persist(T entity) {
        return tx.required(() -> {
            em.persist(entity);
            em.flush();
            return entity;
        });
    }

    public <T> T find(Class<T> type, Object id) {
        return tx.required(() -> em.find(type, id));
    }

    public <T> List<T> list(String jpql, Class<T> type, Map<String, Object> parameters) {
        return tx.required(() -> {
            TypedQuery<T> query = em.createQuery(jpql, type);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        });
    }
}
