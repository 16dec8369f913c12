package org.sealroom.media.device;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a capture step at a fixed rate on one daemon thread; a failing step is logged and the timer goes on. */
final class FrameTimer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FrameTimer.class);

    private final ScheduledExecutorService executor;

    FrameTimer(String name, long periodMicros, Runnable step) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        executor.scheduleAtFixedRate(() -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.warn("{}: capture step failed: {}", name, e.toString());
            }
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
