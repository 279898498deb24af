package sa.fatoora.gateway.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.function.Supplier;

/**
 * Runs work in a JTA transaction (joining one already active). Used instead of {@code @Transactional} because
 * Liberty's interceptor files an FFDC incident for every exception passing through it, so each ordinary 404 or
 * 409 would leave an incident report in the logs.
 */
@ApplicationScoped
public class Transactions {

    @Resource
    UserTransaction transaction;

    public <T> T required(Supplier<T> work) {
        try {
            if (transaction.getStatus() == Status.STATUS_ACTIVE) {
                return work.get();
            }
            transaction.begin();
        } catch (Exception e) {
            throw new TransactionFailedException(e);
        }
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            rollbackQuietly();
            throw e;
        }
        try {
            transaction.commit();
        } catch (Exception e) {
            throw new TransactionFailedException(e);
        }
        return result;
    }

    public void required(Runnable work) {
        required(() -> {
            work.run();
            return null;
        });
    }

    private void rollbackQuietly() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException ignored) {
            // the original failure is what matters to the caller
        }
    }

    /** Commit or begin failed: the database refused; a 500 whose cause stays in the server. */
    public static class TransactionFailedException extends RuntimeException {

        TransactionFailedException(Throwable cause) {
            super("transaction failed", cause);
        }
    }
}
