package org.sealroom.client.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.protocol.meeting.RosterMember;

/** Counts decrypted media per sender and stream for {@code --stats-json}. */
final class MediaCounters implements LiveMeetingSession.MediaSink {

    record Snapshot(String name, long audioPackets, long videoPackets, long screenPackets, long bytes) {}

    private record Counts(String name, AtomicLong audio, AtomicLong video, AtomicLong screen, AtomicLong bytes) {}

    private final Map<Integer, Counts> bySender = new ConcurrentHashMap<>();
    private volatile long firstMediaNanos;

    @Override
    public void mediaReceived(RosterMember from, StreamKind stream, int sequence, byte[] payload) {
        if (firstMediaNanos == 0) {
            firstMediaNanos = System.nanoTime();
        }
        Counts counts = bySender.computeIfAbsent(from.participantId(), id -> new Counts(from.displayName(),
                new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()));
        switch (stream) {
            case AUDIO -> counts.audio().incrementAndGet();
            case VIDEO -> counts.video().incrementAndGet();
            case SCREEN -> counts.screen().incrementAndGet();
            case DATA -> { }
        }
        counts.bytes().addAndGet(payload.length);
    }

    /** When the first decrypted media frame arrived ({@link System#nanoTime()}), or 0. */
    long firstMediaNanos() {
        return firstMediaNanos;
    }

    Map<Integer, Snapshot> snapshot() {
        Map<Integer, Snapshot> out = new TreeMap<>();
        bySender.forEach((id, c) -> out.put(id, new Snapshot(c.name(), c.audio().get(), c.video().get(),
                c.screen().get(), c.bytes().get())));
        return out;
    }
}
