package org.sealroom.media.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Asks the system's {@code ffprobe} (apt {@code ffmpeg}) about a media file: an independent reader of what we write. */
public final class Ffprobe {
    private Ffprobe() {
    }

    /** The codec name of each stream, in stream order. */
    public static List<String> codecs(Path file) throws IOException, InterruptedException {
        return run("-show_entries", "stream=codec_name", file.toString());
    }

    /** The container's duration in seconds, as the trailer states it. */
    public static double duration(Path file) throws IOException, InterruptedException {
        return Double.parseDouble(run("-show_entries", "format=duration", file.toString()).getFirst());
    }

    private static List<String> run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ffprobe", "-v", "error", "-of", "csv=p=0"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("ffprobe failed on " + args[args.length - 1] + ": " + out);
        }
        return out.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
