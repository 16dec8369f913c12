package org.sealroom.media.codec;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.nio.charset.StandardCharsets;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacpp.Loader;

/** Loads FFmpeg's natives once and turns its error codes into {@link CodecException}s. */
final class Ffmpeg {
    private static volatile String loadFailure;
    private static volatile boolean loaded;

    private Ffmpeg() {
    }

    /** Loads the natives for this platform or throws a {@link CodecException} that says which platform was missing. */
    static synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        if (loadFailure != null) {
            throw new CodecException(loadFailure);
        }
        try {
            Loader.load(avcodec.class);
            // Bad packets are dropped and counted by the stages; FFmpeg need not print each one.
            av_log_set_level(AV_LOG_FATAL);
            loaded = true;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            loadFailure = "FFmpeg natives for platform " + Loader.getPlatform() + " are not on the class path"
                    + " (build with -Djavacpp.platform=" + Loader.getPlatform() + "): " + e.getMessage();
            throw new CodecException(loadFailure, e);
        }
    }

    static AVCodec encoder(String name) {
        ensureLoaded();
        AVCodec codec = avcodec.avcodec_find_encoder_by_name(name);
        if (codec == null) {
            throw new CodecException("FFmpeg has no encoder '" + name + "'");
        }
        return codec;
    }

    static AVCodec decoder(String name) {
        ensureLoaded();
        AVCodec codec = avcodec.avcodec_find_decoder_by_name(name);
        if (codec == null) {
            throw new CodecException("FFmpeg has no decoder '" + name + "'");
        }
        return codec;
    }

    /** Throws if {@code rc} is an FFmpeg error, naming what was being done. */
    static int check(int rc, String what) {
        if (rc < 0) {
            throw new CodecException(what + " failed: " + describe(rc));
        }
        return rc;
    }

    static String describe(int rc) {
        byte[] buf = new byte[128];
        av_strerror(rc, buf, buf.length);
        int end = 0;
        while (end < buf.length && buf[end] != 0) {
            end++;
        }
        return new String(buf, 0, end, StandardCharsets.US_ASCII) + " (" + rc + ")";
    }
}
