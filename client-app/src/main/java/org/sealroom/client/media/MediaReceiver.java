package org.sealroom.client.media;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.media.MediaEngine;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.device.AudioOutput;
import org.sealroom.protocol.meeting.RosterMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receive side of a meeting's media: decrypted media frames in (register it with
 * {@link LiveMeetingSession#addMediaSink}), sound and pictures out. Per remote participant it keeps the media engine's
 * receive streams; one playout thread renders video every {@value #RENDER_PERIOD_MICROS} µs and, unless speakers pull
 * it at their own pace ({@link #playThrough}), plays audio every 20 ms. Decoded pictures go to the
 * {@link MediaListeners} as ARGB {@link VideoFrame}s, keyframe requests go back to their sender through the
 * {@link KeyframeBackchannel}.
 */
public final class MediaReceiver implements LiveMeetingSession.MediaSink, AutoCloseable {

    static final long RENDER_PERIOD_MICROS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(MediaReceiver.class);

    private final MediaEngine engine;
    private final KeyframeBackchannel keyframes;
    private final MediaListeners listeners = new MediaListeners();
    private final VideoDemands demands = new VideoDemands();
    private final Map<Integer, RemoteMedia> remotes = new ConcurrentHashMap<>();
    private final List<Consumer<PcmFrame>> mixTaps = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService playout;
    private ScheduledFuture<?> audioTicks;
    private AudioOutput speakers;
    private volatile boolean closed;

    public MediaReceiver(MediaEngine engine, KeyframeBackchannel keyframes) {
        this.engine = engine;
        this.keyframes = keyframes;
        this.playout = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sealroom-media-playout");
            thread.setDaemon(true);
            return thread;
        });
        playout.scheduleAtFixedRate(guarded("render", this::renderAll), 0, RENDER_PERIOD_MICROS,
                TimeUnit.MICROSECONDS);
        audioTicks = playout.scheduleAtFixedRate(guarded("audio playout", () -> mix(engine.clock().nowMicros())),
                0, PcmFrame.FRAME_MICROS, TimeUnit.MICROSECONDS);
    }

    /** Who hears about decoded pictures, stamps and played audio. */
    public MediaListeners listeners() {
        return listeners;
    }

    /**
     * Plays the mix of everyone's audio through {@code output}, which then sets the pace (instead of the playout
     * thread's 20 ms timer). Once it started, the receiver closes it.
     */
    public synchronized void playThrough(AudioOutput output) {
        if (closed || speakers != null) {
            throw new IllegalStateException("already playing through speakers, or closed");
        }
        output.start(this::mix); // if the device fails to start, the playout thread keeps the pace
        audioTicks.cancel(false);
        speakers = output;
    }

    /** Sees every mixed 20 ms frame played, such as an echo canceller's {@code analyzePlayout}. */
    public void addMixTap(Consumer<PcmFrame> tap) {
        mixTaps.add(tap);
    }

    /** How much of a participant's video the UI shows (see {@link VideoDemands}). */
    public void setVideoDemand(ParticipantId participant, VideoFrame.Source source, VideoDemand demand) {
        demands.set(participant, source, demand);
    }

    /** Per remote participant (by room-local id), what arrived and how it decoded. */
    public Map<Integer, SenderMediaStats> stats() {
        Map<Integer, SenderMediaStats> out = new TreeMap<>();
        remotes.forEach((id, remote) -> out.put(id, remote.stats()));
        return out;
    }

    /** Frees the streams of participants no longer in the meeting (on every roster change). */
    public void retainSenders(Set<Integer> participantIds) {
        remotes.keySet().stream().filter(id -> !participantIds.contains(id)).toList().forEach(id -> {
            RemoteMedia gone = remotes.remove(id);
            if (gone != null) {
                gone.close();
                demands.forget(new ParticipantId(id));
            }
        });
    }

    @Override
    public void mediaReceived(RosterMember from, StreamKind stream, int sequence, byte[] payload) {
        if (closed) {
            return;
        }
        RemoteMedia remote = remotes.computeIfAbsent(from.participantId(), id -> new RemoteMedia(id,
                from.displayName(), engine, keyframes, listeners, demands));
        remote.accept(stream, sequence, payload);
        if (closed) {
            remote.close(); // raced with close(): free what this call may have created
        }
    }

    private void renderAll() {
        long now = engine.clock().nowMicros();
        remotes.values().forEach(remote -> remote.render(now));
    }

    /** Everyone's next 20 ms, summed and clipped. */
    private PcmFrame mix(long nowMicros) {
        int[] sum = new int[PcmFrame.SAMPLES_PER_FRAME];
        for (RemoteMedia remote : remotes.values()) {
            short[] samples = remote.playout(nowMicros).samples();
            for (int i = 0; i < Math.min(samples.length, sum.length); i++) {
                sum[i] += samples[i];
            }
        }
        short[] mixed = new short[sum.length];
        for (int i = 0; i < sum.length; i++) {
            mixed[i] = (short) Math.clamp(sum[i], Short.MIN_VALUE, Short.MAX_VALUE);
        }
        PcmFrame frame = new PcmFrame(nowMicros, mixed);
        mixTaps.forEach(tap -> guarded("mix tap", () -> tap.accept(frame)).run());
        return frame;
    }

    private static Runnable guarded(String what, Runnable step) {
        return () -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                // A periodic task that throws is never run again: log and carry on.
                LOG.warn("media {} failed: {}", what, e.toString());
            }
        };
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        playout.shutdownNow();
        try {
            playout.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (speakers != null) {
            speakers.close();
        }
        remotes.values().forEach(RemoteMedia::close);
        remotes.clear();
    }
}
