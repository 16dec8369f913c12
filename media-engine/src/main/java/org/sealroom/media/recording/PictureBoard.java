package org.sealroom.media.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.sealroom.media.codec.I420Frame;

/**
 * The latest camera and screen picture of every recorded participant, with their names, in a stable order (by id).
 * A picture older than {@value #STALE_MICROS} µs counts as gone (camera turned off, share ended, participant lost).
 * Thread-safe: media threads write, the recording thread reads.
 */
final class PictureBoard {
    static final long STALE_MICROS = 1_500_000;

    private final Map<Integer, Entry> entries = new TreeMap<>();

    synchronized void name(int id, String name) {
        entry(id).name = name;
    }

    synchronized void remove(int id) {
        entries.remove(id);
    }

    synchronized void camera(int id, I420Frame picture, long nowMicros) {
        Entry entry = entry(id);
        entry.camera = picture;
        entry.cameraAt = nowMicros;
    }

    synchronized void screen(int id, I420Frame picture, long nowMicros) {
        Entry entry = entry(id);
        entry.screen = picture;
        entry.screenAt = nowMicros;
    }

    /** Everyone, in id order, with their camera picture if it is fresh. */
    synchronized List<LayoutComposer.Seat> cameras(long nowMicros) {
        List<LayoutComposer.Seat> seats = new ArrayList<>(entries.size());
        for (Entry entry : entries.values()) {
            boolean fresh = entry.camera != null && nowMicros - entry.cameraAt <= STALE_MICROS;
            seats.add(new LayoutComposer.Seat(entry.name, fresh ? Optional.of(entry.camera) : Optional.empty()));
        }
        return seats;
    }

    /** The screen shared most recently, while it is fresh. */
    synchronized Optional<LayoutComposer.Seat> screen(long nowMicros) {
        Entry latest = null;
        for (Entry entry : entries.values()) {
            if (entry.screen != null && nowMicros - entry.screenAt <= STALE_MICROS
                    && (latest == null || entry.screenAt > latest.screenAt)) {
                latest = entry;
            }
        }
        return latest == null ? Optional.empty() : Optional.of(new LayoutComposer.Seat(latest.name,
                Optional.of(latest.screen)));
    }

    private Entry entry(int id) {
        return entries.computeIfAbsent(id, key -> new Entry());
    }

    private static final class Entry {
        String name = "";
        I420Frame camera;
        long cameraAt;
        I420Frame screen;
        long screenAt;
    }
}
