package org.sealroom.client.recording;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The meeting's chat as a side file of the recording: SubRip ({@code .srt}) under the recording's name, which common
 * players (VLC, mpv) pick up with the video, so each line shows when it was said. Private lines are not written.
 * Every line is flushed as it comes, so a recording cut short by a crash keeps the chat up to that moment too.
 */
final class ChatSubtitles implements AutoCloseable {

    static final Duration SHOWN_FOR = Duration.ofSeconds(5);
    private static final int MAX_CHARS = 500;

    private final BufferedWriter out;
    private int entries;

    private ChatSubtitles(BufferedWriter out) {
        this.out = out;
    }

    /** {@code recording.webm} → {@code recording.srt}, beside it. */
    static Path sideFile(Path recording) {
        String name = recording.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return recording.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".srt");
    }

    /** Opens a new side file; one that exists already is the user's and is never overwritten (an IOException). */
    static ChatSubtitles create(Path recording) throws IOException {
        return new ChatSubtitles(Files.newBufferedWriter(sideFile(recording), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    /** A chat line said {@code at} into the recording. */
    synchronized void add(Duration at, String who, String text) throws IOException {
        entries++;
        out.write(entries + "\n" + time(at) + " --> " + time(at.plus(SHOWN_FOR)) + "\n" + who + ": "
                + cleaned(text) + "\n\n");
        out.flush();
    }

    /** One subtitle block: no blank lines (they end a block), no control characters, bounded. */
    static String cleaned(String text) {
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…" : text;
        return bounded.replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").replaceAll("\\n\\s*\\n+", "\n").strip();
    }

    static String time(Duration at) {
        long millis = at.toMillis();
        return String.format("%02d:%02d:%02d,%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60,
                millis % 1000);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
