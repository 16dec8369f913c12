package org.sealroom.client.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.codec.PcmFrame;

/**
 * A recording as common players see it: read by the system's {@code ffprobe} and decoded by its {@code ffmpeg}
 * (apt {@code ffmpeg}), independent of the code that wrote it.
 */
public final class RecordedFile {

    private final Path file;

    public RecordedFile(Path file) {
        this.file = file;
    }

    /** Each stream's codec name, in stream order. */
    public List<String> codecs() throws IOException, InterruptedException {
        return new String(run(List.of("ffprobe", "-v", "error", "-show_entries", "stream=codec_name", "-of", "csv=p=0",
                file.toString()), null), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    /** The duration ffprobe states for the file, in seconds. */
    public double duration() throws IOException, InterruptedException {
        return Double.parseDouble(new String(run(List.of("ffprobe", "-v", "error", "-show_entries", "format=duration",
                "-of", "csv=p=0", file.toString()), null), StandardCharsets.UTF_8).strip());
    }

    /** The presentation time of the last packet of the stream {@code v} (video) or {@code a} (audio), in seconds. */
    public double lastPacketSeconds(String streamType) throws IOException, InterruptedException {
        List<String> times = new String(run(List.of("ffprobe", "-v", "error", "-select_streams", streamType,
                "-show_entries", "packet=pts_time", "-of", "csv=p=0", file.toString()), null), StandardCharsets.UTF_8)
                .lines().map(line -> line.replace(",", "").strip()).filter(line -> !line.isEmpty()).toList();
        return times.isEmpty() ? 0 : Double.parseDouble(times.getLast());
    }

    /** Decodes every picture (of {@code width x height}) and hands it over in order; returns how many there were. */
    public int decodeVideo(int width, int height, Consumer<I420Frame> pictures) throws IOException, InterruptedException {
        int luma = width * height;
        int chroma = I420Frame.chromaWidth(width) * I420Frame.chromaHeight(height);
        int[] count = {0};
        run(List.of("ffmpeg", "-v", "error", "-i", file.toString(), "-map", "0:v", "-fps_mode", "passthrough", "-f", "rawvideo", "-pix_fmt",
                "yuv420p", "-"), in -> {
                    byte[] frame = new byte[luma + 2 * chroma];
                    while (in.readNBytes(frame, 0, frame.length) == frame.length) {
                        byte[] y = new byte[luma];
                        byte[] u = new byte[chroma];
                        byte[] v = new byte[chroma];
                        System.arraycopy(frame, 0, y, 0, luma);
                        System.arraycopy(frame, luma, u, 0, chroma);
                        System.arraycopy(frame, luma + chroma, v, 0, chroma);
                        pictures.accept(new I420Frame(width, height, y, u, v, count[0]++));
                    }
                });
        return count[0];
    }

    /** Decodes the sound as 48 kHz mono, in 20 ms frames. */
    public List<PcmFrame> decodeAudio() throws IOException, InterruptedException {
        byte[] pcm = run(List.of("ffmpeg", "-v", "error", "-i", file.toString(), "-map", "0:a", "-f", "s16le", "-ac",
                "1", "-ar", "48000", "-"), null);
        ByteBuffer samples = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        List<PcmFrame> frames = new ArrayList<>();
        while (samples.remaining() >= PcmFrame.SAMPLES_PER_FRAME * 2) {
            short[] frame = new short[PcmFrame.SAMPLES_PER_FRAME];
            samples.asShortBuffer().get(frame);
            samples.position(samples.position() + frame.length * 2);
            frames.add(new PcmFrame(frames.size() * PcmFrame.FRAME_MICROS, frame));
        }
        return frames;
    }

    /** Cuts one tile out of a decoded picture. */
    public static I420Frame crop(I420Frame picture, int x, int y, int width, int height) {
        byte[] luma = new byte[width * height];
        for (int row = 0; row < height; row++) {
            System.arraycopy(picture.y(), (y + row) * picture.width() + x, luma, row * width, width);
        }
        int chroma = I420Frame.chromaWidth(width) * I420Frame.chromaHeight(height);
        byte[] neutral = new byte[chroma];
        java.util.Arrays.fill(neutral, (byte) 128);
        return new I420Frame(width, height, luma, neutral, neutral.clone(), picture.timestampMicros());
    }

    /** Runs a tool; its output goes to {@code reader} (or is returned whole); a failure says what the tool said. */
    private static byte[] run(List<String> command, IoConsumer reader) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Thread drain = Thread.ofVirtual().start(() -> {
            try {
                process.getErrorStream().transferTo(errors);
            } catch (IOException e) {
                // the process went away; its exit code tells
            }
        });
        byte[] out = new byte[0];
        try (InputStream in = process.getInputStream()) {
            if (reader != null) {
                reader.accept(in);
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } else {
                out = in.readAllBytes();
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.getFirst() + " did not finish");
        }
        drain.join();
        if (process.exitValue() != 0 || errors.size() > 0) {
            throw new IOException(command.getFirst() + " on the recording: exit " + process.exitValue() + ", "
                    + errors.toString(StandardCharsets.UTF_8));
        }
        return out;
    }

    @FunctionalInterface
    private interface IoConsumer {
        void accept(InputStream in) throws IOException;
    }
}
