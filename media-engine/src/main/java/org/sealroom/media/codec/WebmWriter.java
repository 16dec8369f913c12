package org.sealroom.media.codec;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avformat.avio_tell;
import static org.bytedeco.ffmpeg.global.avutil.AV_DICT_IGNORE_SUFFIX;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_NONE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_count;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.ShortPointer;

/**
 * Encodes pictures with VP8 and sound with Opus and writes both into a WebM file through FFmpeg's Matroska muxer.
 * Crash safety comes from the muxer: the segment is written with an unknown size, clusters are closed every
 * {@link WebmSettings#clusterMillis()} and each is flushed to the file at once, so a file cut off anywhere plays up to
 * its last complete cluster. Not thread-safe: one recording thread calls it.
 */
public final class WebmWriter implements AutoCloseable {
    /** The longest the muxer may hold a packet back to interleave the streams: it bounds what a crash can lose. */
    private static final long MAX_INTERLEAVE_MICROS = 1_000_000;

    private final WebmSettings settings;
    private final AVFormatContext format;
    private final CodecContext video;
    private final CodecContext audio;
    private final AVStream videoStream;
    private final AVStream audioStream;
    private long audioSamples;
    private long bytes;
    private boolean closed;

    /** Creates (or replaces) {@code file} and writes the header; throws {@link CodecException} if it cannot. */
    public WebmWriter(Path file, WebmSettings settings) {
        this.settings = settings;
        Ffmpeg.ensureLoaded();
        Loader.load(avformat.class);
        String url = "file:" + file.toAbsolutePath(); // "file:" so that a ':' in the name is not read as a protocol
        format = new AVFormatContext(null);
        Ffmpeg.check(avformat_alloc_output_context2(format, null, "webm", url), "creating a WebM muxer");
        CodecContext v = null;
        CodecContext a = null;
        try {
            v = Vp8Encoder.openContext(settings.videoProfile(), settings.frameRate() * settings.keyframeSeconds(),
                    av_make_q(1, settings.frameRate()), true);
            a = OpusEncoder.openContext(settings.audioBitrateBps(), Map.of("application", "audio",
                    "frame_duration", String.valueOf(PcmFrame.FRAME_MILLIS), "vbr", "on"), true);
            video = v;
            audio = a;
            videoStream = addStream(v, "video");
            videoStream.avg_frame_rate(av_make_q(settings.frameRate(), 1)); // pictures skipped under load leave gaps
            videoStream.r_frame_rate(av_make_q(settings.frameRate(), 1));
            audioStream = addStream(a, "audio");
            AVIOContext pb = new AVIOContext(null);
            Ffmpeg.check(avio_open(pb, url, AVIO_FLAG_WRITE), "opening " + file + " for writing");
            format.pb(pb);
            format.max_interleave_delta(MAX_INTERLEAVE_MICROS);
            writeHeader();
        } catch (RuntimeException e) {
            if (v != null) {
                v.close();
            }
            if (a != null) {
                a.close();
            }
            freeFormat();
            throw e;
        }
    }

    /** Encodes and writes one picture (of the settings' size) at position {@code frameIndex} of the video timeline. */
    public void writeVideo(I420Frame picture, long frameIndex) {
        ensureOpen();
        if (picture.width() != settings.width() || picture.height() != settings.height()) {
            throw new CodecException("recording pictures must be " + settings.width() + "x" + settings.height()
                    + ", was " + picture.width() + "x" + picture.height());
        }
        Ffmpeg.check(av_frame_make_writable(video.frame), "preparing a recorded picture");
        Planes.copyInto(picture, video.frame);
        video.frame.pts(frameIndex);
        video.frame.pict_type(AV_PICTURE_TYPE_NONE);
        Ffmpeg.check(avcodec_send_frame(video.context, video.frame), "VP8 encoding for the recording");
        drain(video, videoStream);
    }

    /** Encodes and writes the next 20 ms of sound; the audio timeline has no gaps, so no timestamp is needed. */
    public void writeAudio(PcmFrame pcm) {
        ensureOpen();
        if (pcm.samples().length != PcmFrame.SAMPLES_PER_FRAME) {
            throw new CodecException("recorded audio must come in frames of " + PcmFrame.SAMPLES_PER_FRAME
                    + " samples, had " + pcm.samples().length);
        }
        Ffmpeg.check(av_frame_make_writable(audio.frame), "preparing recorded audio");
        new ShortPointer(audio.frame.data(0)).put(pcm.samples(), 0, PcmFrame.SAMPLES_PER_FRAME);
        audio.frame.pts(audioSamples);
        audioSamples += PcmFrame.SAMPLES_PER_FRAME;
        Ffmpeg.check(avcodec_send_frame(audio.context, audio.frame), "Opus encoding for the recording");
        drain(audio, audioStream);
    }

    /** Bytes handed to the file so far. */
    public long bytesWritten() {
        return bytes;
    }

    /**
     * Flushes both encoders, writes the trailer (cues and duration) and closes the file. Native resources are freed
     * even when writing fails (a full disk); the failure is then thrown as a {@link CodecException}.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Ffmpeg.check(avcodec_send_frame(video.context, null), "flushing the VP8 encoder");
            drain(video, videoStream);
            Ffmpeg.check(avcodec_send_frame(audio.context, null), "flushing the Opus encoder");
            drain(audio, audioStream);
            Ffmpeg.check(av_write_trailer(format), "finishing the recording");
        } finally {
            video.close();
            audio.close();
            freeFormat();
        }
    }

    private AVStream addStream(CodecContext codec, String what) {
        AVStream stream = avformat_new_stream(format, null);
        if (stream == null) {
            throw new CodecException("could not add the " + what + " stream");
        }
        Ffmpeg.check(avcodec_parameters_from_context(stream.codecpar(), codec.context),
                "describing the " + what + " stream");
        stream.time_base(codec.context.time_base());
        return stream;
    }

    private void writeHeader() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("cluster_time_limit", String.valueOf(settings.clusterMillis()));
        options.put("cluster_size_limit", String.valueOf(settings.clusterBytes()));
        options.put("flush_packets", "1");
        AVDictionary dict = new AVDictionary(null);
        try {
            options.forEach((k, v) -> av_dict_set(dict, k, v, 0));
            Ffmpeg.check(avformat_write_header(format, dict), "writing the WebM header");
            if (av_dict_count(dict) > 0) {
                throw new CodecException("the WebM muxer does not know option '"
                        + av_dict_get(dict, "", null, AV_DICT_IGNORE_SUFFIX).key().getString() + "'");
            }
        } finally {
            av_dict_free(dict);
        }
        bytes = avio_tell(format.pb());
    }

    /** Moves every packet the encoder has ready into the muxer, in the stream's time base. */
    private void drain(CodecContext codec, AVStream stream) {
        while (true) {
            if (avcodec_receive_packet(codec.context, codec.packet) != 0) {
                return; // needs more input, or flushed out
            }
            av_packet_rescale_ts(codec.packet, codec.context.time_base(), stream.time_base());
            codec.packet.stream_index(stream.index());
            Ffmpeg.check(av_interleaved_write_frame(format, codec.packet), "writing to the recording");
            bytes = avio_tell(format.pb());
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new CodecException("the recording file is closed");
        }
    }

    private void freeFormat() {
        if (!format.isNull() && format.pb() != null) {
            avio_closep(format.pb());
        }
        avformat_free_context(format);
    }
}
