package sa.fatoora.gateway.event.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import sa.fatoora.gateway.event.control.EventFeed;
import sa.fatoora.gateway.event.control.EventNumbering;
import sa.fatoora.gateway.platform.control.Problems;

/**
 * Event housekeeping (non-persistent EJB timers on each instance): numbers the events still waiting for their number
 * once a minute, so that their list stays short where no webhook loop runs (fatoora.webhooks.enabled=false) and
 * no one reads the feed, and deletes events older than the retention period once an hour.
 */
@Singleton
public class EventRetentionWorker {

    private static final Logger LOG = Logger.getLogger(EventRetentionWorker.class.getName());

    @Inject
    EventFeed feed;

    @Inject
    EventNumbering numbering;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void number() {
        try {
            numbering.numberPending();
        } catch (RuntimeException e) {
            LOG.warning(() -> "events: numbering failed (" + Problems.category(e) + ")");
        }
    }

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
