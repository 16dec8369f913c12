package org.sealroom.media.device;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot-plug: rescans the devices every few seconds and reports what came and went. Polling, because webrtc-java's
 * native device-change listener blocks forever on a machine without a sound server.
 */
public final class DeviceWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceWatcher.class);

    private final Supplier<DeviceInventory> scan;
    private final List<Consumer<DeviceChange>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService executor;
    private DeviceInventory last;

    public DeviceWatcher(Supplier<DeviceInventory> scan) {
        this.scan = scan;
    }

    public void addListener(Consumer<DeviceChange> listener) {
        listeners.add(listener);
    }

    /** Scans now and returns (and tells listeners) what changed since the previous scan; the first scan sets a baseline. */
    public synchronized List<DeviceChange> rescan() {
        DeviceInventory now = scan.get();
        List<DeviceChange> changes = new ArrayList<>();
        if (last != null) {
            Set<MediaDevice> before = new HashSet<>(last.devices());
            Set<MediaDevice> after = new HashSet<>(now.devices());
            now.devices().stream().filter(d -> !before.contains(d)).forEach(d -> changes.add(new DeviceChange(d, true)));
            last.devices().stream().filter(d -> !after.contains(d)).forEach(d -> changes.add(new DeviceChange(d, false)));
        }
        last = now;
        changes.forEach(c -> listeners.forEach(l -> l.accept(c)));
        return changes;
    }

    /** The inventory of the latest scan. */
    public synchronized DeviceInventory inventory() {
        if (last == null) {
            rescan();
        }
        return last;
    }

    public synchronized void start(long periodMillis) {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sealroom-device-watcher");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                rescan();
            } catch (RuntimeException e) {
                LOG.warn("device rescan failed: {}", e.toString());
            }
        }, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
