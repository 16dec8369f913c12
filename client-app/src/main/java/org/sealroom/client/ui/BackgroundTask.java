package org.sealroom.client.ui;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs blocking work off the UI thread and hands the result, or the failure, back on it. The failure handler gets
 * every exception; unexpected ones are logged here once.
 */
public final class BackgroundTask {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    /** Work that may block and fail. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private BackgroundTask() {}

    public static <T> void run(UiExecutors executors, Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        executors.background().execute(() -> {
            T result;
            try {
                result = work.run();
            } catch (Exception e) {
                if (e instanceof RuntimeException) {
                    LOG.warn("Background work failed", e);
                }
                executors.ui().execute(() -> onFailure.accept(e));
                return;
            }
            executors.ui().execute(() -> onSuccess.accept(result));
        });
    }
}
