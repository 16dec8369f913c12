package org.sealroom.crypto.epoch;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.ReplayException;
import org.sealroom.crypto.UnknownKeyException;
import org.sealroom.crypto.internal.LongKeyedCache;
import org.sealroom.crypto.sframe.ReceiveKey;
import org.sealroom.crypto.sframe.ReplayWindow;
import org.sealroom.crypto.sframe.SFrameKeyResolver;

/**
 * The receive-side keys of a meeting: the current epoch, plus the previous one for a short grace period so that
 * frames already in flight at a rekey still decrypt; then the previous epoch's keys are destroyed. Frame keys are
 * derived on the first frame of each KID and cached with that sender's replay window. Lookups are lock-free and
 * allocation-free; expiry is checked on every lookup against the injected clock (no background thread).
 */
public final class EpochKeyRing implements SFrameKeyResolver, AutoCloseable {

    /** Default grace period: long enough for frames queued at a rekey, short enough to limit a leaver's view. */
    public static final Duration DEFAULT_GRACE_PERIOD = Duration.ofSeconds(5);

    private final SuitePolicy suites;
    private final long gracePeriodMillis;
    private final InstantSource clock;
    private final int replayWindowSize;

    private volatile Entry current;
    private volatile Entry previous;
    private volatile long previousExpiresAt;

    /** A ring with the default grace period, the system clock and the default replay window. */
    public EpochKeyRing(SuitePolicy suites) {
        this(suites, DEFAULT_GRACE_PERIOD, InstantSource.system(), ReplayWindow.DEFAULT_SIZE);
    }

    public EpochKeyRing(SuitePolicy suites, Duration gracePeriod, InstantSource clock, int replayWindowSize) {
        this.suites = Objects.requireNonNull(suites, "suites");
        if (gracePeriod.isNegative()) {
            throw new IllegalArgumentException("grace period must not be negative");
        }
        this.gracePeriodMillis = gracePeriod.toMillis();
        this.clock = Objects.requireNonNull(clock, "clock");
        new ReplayWindow(replayWindowSize); // validates the size once, here rather than on the first frame
        this.replayWindowSize = replayWindowSize;
    }

    /**
     * Makes {@code epoch} current. The former current epoch stays usable for the grace period; any older one is
     * destroyed now. The ring derives its own schedule: {@code meetingKey} stays the caller's.
     *
     * @throws ReplayException (reason {@code STALE_EPOCH}) if {@code epoch} is not newer than the current one
     */
    public synchronized void install(Epoch epoch, MeetingKey meetingKey) throws ReplayException {
        Entry installed = current;
        if (installed != null && !epoch.isAfter(installed.keys.epoch())) {
            throw new ReplayException(ReplayException.Reason.STALE_EPOCH, "epoch " + epoch.value()
                    + " is not newer than the installed epoch " + installed.keys.epoch().value());
        }
        Entry fresh = new Entry(EpochKeys.derive(epoch, meetingKey));
        destroy(previous);
        if (installed != null && KeyId.epochBits(installed.keys.epoch()) == KeyId.epochBits(epoch)) {
            // RFC 9605 section 5.2: an old epoch with the same low-order bits MUST go when the new one arrives.
            destroy(installed);
            installed = null;
        }
        previous = installed;
        previousExpiresAt = clock.millis() + gracePeriodMillis;
        current = fresh;
    }

    /**
     * The key and replay window for {@code kid}: from the current epoch, or from the previous one while its grace
     * period lasts.
     *
     * @throws UnknownKeyException if the KID names no held epoch, or is outside Sealroom's KID layout
     */
    @Override
    public ReceiveKey resolve(long kid) throws UnknownKeyException {
        // Per frame: no KeyId object; the layout is parsed in full only for a KID's first frame.
        int epochBits = KeyId.epochBitsOf(kid);
        Entry entry = current;
        if (entry == null || KeyId.epochBits(entry.keys.epoch()) != epochBits) {
            entry = previousIfLive(epochBits);
        }
        if (entry == null) {
            throw UnknownKeyException.onFramePath("SFrame: no key for this KID's epoch");
        }
        ReceiveKey cached = entry.receiveKeys.get(kid);
        return cached != null ? cached : entry.createReceiveKey(kid, parse(kid));
    }

    /** Destroys the previous epoch if its grace period is over. Called by lookups too; callers may call it. */
    public synchronized void purgeExpired() {
        if (previous != null && clock.millis() >= previousExpiresAt) {
            destroy(previous);
            previous = null;
        }
    }

    public Optional<Epoch> currentEpoch() {
        Entry entry = current;
        return entry == null ? Optional.empty() : Optional.of(entry.keys.epoch());
    }

    /** The previous epoch, while its grace period lasts. */
    public Optional<Epoch> previousEpoch() {
        purgeExpired();
        Entry entry = previous;
        return entry == null ? Optional.empty() : Optional.of(entry.keys.epoch());
    }

    /** Destroys every key the ring holds. */
    @Override
    public synchronized void close() {
        destroy(previous);
        destroy(current);
        previous = null;
        current = null;
    }

    private static KeyId parse(long kid) throws UnknownKeyException {
        try {
            return KeyId.parse(kid);
        } catch (MalformedDataException e) {
            throw UnknownKeyException.onFramePath("SFrame: KID outside the Sealroom layout");
        }
    }

    private Entry previousIfLive(int epochBits) {
        Entry entry = previous;
        if (entry == null || KeyId.epochBits(entry.keys.epoch()) != epochBits) {
            return null;
        }
        if (clock.millis() >= previousExpiresAt) {
            purgeExpired();
            return null;
        }
        return entry;
    }

    private static void destroy(Entry entry) {
        if (entry != null) {
            entry.destroy();
        }
    }

    /** One epoch's schedule and the frame keys derived from it so far. */
    private final class Entry {
        final EpochKeys keys;
        final LongKeyedCache<ReceiveKey> receiveKeys = new LongKeyedCache<>();

        Entry(EpochKeys keys) {
            this.keys = keys;
        }

        /** Derives the key for a KID seen for the first time; fails if the epoch was retired meanwhile. */
        synchronized ReceiveKey createReceiveKey(long kid, KeyId keyId) throws UnknownKeyException {
            if (keys.isDestroyed()) {
                throw UnknownKeyException.onFramePath("SFrame: this KID's epoch has been retired");
            }
            return receiveKeys.computeIfAbsent(kid, k -> {
                try (SenderKey senderKey = keys.senderKey(keyId)) {
                    return new ReceiveKey(senderKey.sframeKey(suites.suiteFor(keyId.stream())),
                            new ReplayWindow(replayWindowSize));
                }
            });
        }

        synchronized void destroy() {
            keys.destroy();
            for (ReceiveKey receiveKey : receiveKeys.values()) {
                receiveKey.key().destroy();
            }
        }
    }
}
