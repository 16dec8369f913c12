package org.sealroom.client.ui.meeting.video;

import java.nio.IntBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;

/**
 * Triple-buffered frames for one tile, with exactly one copy per shown frame: the session thread copies a frame into a
 * free slot (the only copy; a {@link PixelBuffer} then shares that memory with the renderer), and once per pulse the
 * UI thread shows the newest filled slot. A slot that left the screen goes back to the free list only at the next
 * pulse, after the renderer finished the pulse that still drew it, so the writer never scribbles on a picture being
 * drawn. When every slot is busy, or the tile does not want the frame ({@link VideoDemand}), the frame is dropped and
 * counted, never queued.
 */
public final class FrameSlots implements FrameSink {

    /** A small tile gets about seven frames a second. */
    static final long THUMBNAIL_INTERVAL_NANOS = 150_000_000L;
    private static final int SLOT_COUNT = 3;

    private final LongSupplier nanoTime;
    private final ConcurrentLinkedQueue<Slot> free = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Slot> ready = new AtomicReference<>();
    private final AtomicLong copied = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile VideoDemand demand = VideoDemand.FULL;
    private volatile long lastAcceptedNanos;
    private volatile boolean anyAccepted;
    // UI thread only.
    private Slot shown;
    private Slot retiring;

    public FrameSlots(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        for (int i = 0; i < SLOT_COUNT; i++) {
            free.add(new Slot());
        }
    }

    public FrameSlots() {
        this(System::nanoTime);
    }

    @Override
    public void setDemand(VideoDemand newDemand) {
        demand = newDemand;
    }

    public VideoDemand demand() {
        return demand;
    }

    /** Session thread (one producer per stream). */
    @Override
    public void offer(VideoFrame frame) {
        if (!wanted()) {
            dropped.incrementAndGet();
            return;
        }
        IntBuffer source = frame.argbPremultiplied().duplicate();
        int pixels = frame.width() * frame.height();
        if (frame.width() <= 0 || frame.height() <= 0 || source.remaining() < pixels) {
            dropped.incrementAndGet();
            return;
        }
        Slot slot = free.poll();
        if (slot == null) {
            dropped.incrementAndGet();
            return;
        }
        slot.fill(frame.width(), frame.height(), source.limit(source.position() + pixels));
        copied.incrementAndGet();
        lastAcceptedNanos = nanoTime.getAsLong();
        anyAccepted = true;
        Slot superseded = ready.getAndSet(slot);
        if (superseded != null) {
            free.add(superseded);
            dropped.incrementAndGet();
        }
    }

    private boolean wanted() {
        return switch (demand) {
            case PAUSED -> false;
            case FULL -> true;
            case THUMBNAIL -> !anyAccepted || nanoTime.getAsLong() - lastAcceptedNanos >= THUMBNAIL_INTERVAL_NANOS;
        };
    }

    /**
     * UI thread, once per pulse: returns the image to show now, or null when no new frame arrived since the last
     * pulse.
     */
    public WritableImage pulse() {
        if (retiring != null) {
            free.add(retiring);
            retiring = null;
        }
        Slot next = ready.getAndSet(null);
        if (next == null) {
            return null;
        }
        next.publish();
        retiring = shown;
        shown = next;
        return next.image;
    }

    /** Whether {@link #pulse()} has work to do: a new frame, or a slot to give back. */
    public boolean busy() {
        return ready.get() != null || retiring != null;
    }

    /** Frames copied for display: at most one copy each. */
    public long framesCopied() {
        return copied.get();
    }

    /** Frames not shown: unwanted at the current demand, superseded before a pulse, malformed, or no free slot. */
    public long framesDropped() {
        return dropped.get();
    }

    /** A picture buffer the renderer reads directly. */
    private static final class Slot {
        private IntBuffer pixels = IntBuffer.allocate(0);
        private int width;
        private int height;
        // Created and updated on the UI thread.
        private PixelBuffer<IntBuffer> pixelBuffer;
        private WritableImage image;

        void fill(int newWidth, int newHeight, IntBuffer source) {
            if (newWidth != width || newHeight != height) {
                pixels = IntBuffer.allocate(newWidth * newHeight);
                width = newWidth;
                height = newHeight;
            }
            pixels.clear();
            pixels.put(source);
            pixels.flip();
        }

        void publish() {
            if (pixelBuffer == null || pixelBuffer.getBuffer() != pixels) {
                pixelBuffer = new PixelBuffer<>(width, height, pixels, PixelFormat.getIntArgbPreInstance());
                image = new WritableImage(pixelBuffer);
            } else {
                pixelBuffer.updateBuffer(buffer -> null);
            }
        }
    }
}
