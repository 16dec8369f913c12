package org.sealroom.relay.room;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Joins by meeting number per IP address: at most {@link #PER_MINUTE} in any fixed one-minute window, so nobody can
 * walk the number space quickly. Password guesses are limited separately, by the host (docs/protocol.md 2.1).
 */
final class NumberJoinThrottle {
    static final int PER_MINUTE = 20;
    private static final long WINDOW_NANOS = 60_000_000_000L;
    private static final int MAX_TRACKED = 100_000;

    private record Window(long startNanos, int count) {
    }

    private final ConcurrentHashMap<InetAddress, Window> windows = new ConcurrentHashMap<>();

    boolean tryJoin(InetAddress address, long nowNanos) {
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> nowNanos - w.startNanos() >= WINDOW_NANOS);
        }
        Window window = windows.compute(address, (a, w) -> w == null || nowNanos - w.startNanos() >= WINDOW_NANOS
                ? new Window(nowNanos, 1) : new Window(w.startNanos(), w.count() + 1));
        return window.count() <= PER_MINUTE;
    }
}
