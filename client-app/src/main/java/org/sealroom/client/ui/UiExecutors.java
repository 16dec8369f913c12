package org.sealroom.client.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The two places view-model code runs: {@code background} for anything that may block (disk, network, key
 * derivation), {@code ui} for touching properties the screen is bound to. Tests pass direct executors.
 */
public record UiExecutors(Executor background, Executor ui) {

    /** The application's executors: a small daemon pool and the JavaFX application thread. */
    public static UiExecutors forApplication() {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "sealroom-ui-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new UiExecutors(pool, UiExecutors::runOnFxThread);
    }

    /** Same-thread executors for view-model tests. */
    public static UiExecutors direct() {
        return new UiExecutors(Runnable::run, Runnable::run);
    }

    private static void runOnFxThread(Runnable task) {
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
    }
}
