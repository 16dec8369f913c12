package org.sealroom.client.media;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.sealroom.media.device.DeviceKind;
import org.sealroom.media.device.DeviceStatus;
import org.sealroom.media.device.DeviceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens and closes devices on a thread of its own, one step after another, so callers never block on native code, and
 * keeps each kind's latest {@link DeviceStatus}: a step that fails leaves its reason there instead of an exception.
 */
final class DeviceWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceWorker.class);

    private final ExecutorService thread;
    private final Map<DeviceKind, DeviceStatus> statuses = new ConcurrentHashMap<>();

    DeviceWorker(String threadName) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code step}, which uses a {@code kind} of device, after the steps submitted before it. */
    void submit(DeviceKind kind, Runnable step) {
        try {
            thread.execute(() -> run(kind, step));
        } catch (RejectedExecutionException e) {
            LOG.debug("{} step after close ignored", kind.label());
        }
    }

    void report(DeviceStatus status) {
        statuses.put(status.kind(), status);
    }

    List<DeviceStatus> statuses() {
        return List.copyOf(statuses.values());
    }

    /** Runs {@code last} after every step submitted so far, then stops the thread. */
    void close(DeviceKind kind, Runnable last) {
        submit(kind, last);
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(DeviceKind kind, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // webrtc-java and FFmpeg failures arrive as MediaExceptions; anything else is reported the same way.
            report(unavailable(kind, e));
        }
    }

    /** The plainest reason: a {@link DeviceUnavailableException} anywhere in the chain says it best. */
    static DeviceStatus unavailable(DeviceKind kind, RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DeviceUnavailableException unavailable) {
                return unavailable.status();
            }
        }
        LOG.warn("{}: {}", kind.label(), failure.toString());
        return DeviceStatus.unavailable(kind, kind.label() + " failed: " + failure.getMessage());
    }
}
