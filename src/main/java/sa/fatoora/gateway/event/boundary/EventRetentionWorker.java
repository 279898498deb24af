package sa.fatoora.gateway.event.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import sa.fatoora.gateway.event.control.EventFeed;
import sa.fatoora.gateway.platform.control.Problems;

/** Deletes events older than the retention period, once an hour (a non-persistent EJB timer on each instance). */
@Singleton
public class EventRetentionWorker {

    private static final Logger LOG = Logger.getLogger(EventRetentionWorker.class.getName());

    @Inject
    EventFeed feed;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purge() {
        try {
            int deleted = feed.purge();
            if (deleted > 0) {
                LOG.info(() -> "events: " + deleted + " past their retention deleted");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "events: retention run failed (" + Problems.category(e) + ")");
        }
    }
}
