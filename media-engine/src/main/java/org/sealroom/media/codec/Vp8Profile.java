package org.sealroom.media.codec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the VP8 encoder runs for one kind of source. {@link #camera} favours speed and loss resilience;
 * {@link #screenShare} favours sharp text at a low frame rate.
 *
 * @param cpuUsed        libvpx speed in real-time mode, magnitude 0 (best) to 16 (fastest); negative fixes the speed
 *                       (same bitstream on every run), positive lets libvpx adapt it to the CPU
 * @param qmax           worst quantiser allowed: lower keeps text crisp at the cost of frame size
 * @param maxIntraRatePct largest keyframe as a percentage of an average frame (0 = unlimited); small keyframes make
 *                       recovery after loss likely
 * @param screenContent  libvpx screen-content mode (static areas and sharp edges)
 */
public record Vp8Profile(String name, int width, int height, int frameRate, int bitrateKbps, int cpuUsed, int qmax,
                         int maxIntraRatePct, boolean screenContent) {
    public Vp8Profile {
        if (width < 16 || height < 16 || width % 2 != 0 || height % 2 != 0 || width > 4096 || height > 4096) {
            throw new IllegalArgumentException("VP8 picture must be even and 16..4096 pixels, was " + width + "x"
                    + height);
        }
        if (frameRate < 1 || frameRate > 60) {
            throw new IllegalArgumentException("frame rate must be 1..60, was " + frameRate);
        }
        if (bitrateKbps < 30 || bitrateKbps > 20_000) {
            throw new IllegalArgumentException("bitrate must be 30..20000 kbit/s, was " + bitrateKbps);
        }
        if (cpuUsed < -16 || cpuUsed > 16 || qmax < 4 || qmax > 63 || maxIntraRatePct < 0) {
            throw new IllegalArgumentException("bad VP8 tuning: cpuUsed=" + cpuUsed + " qmax=" + qmax
                    + " maxIntraRatePct=" + maxIntraRatePct);
        }
    }

    /** Camera: fast real-time encoding, keyframes capped at 3x an average frame. */
    public static Vp8Profile camera(int width, int height, int frameRate, int bitrateKbps) {
        return new Vp8Profile("camera", width, height, frameRate, bitrateKbps, -8, 56, 300, false);
    }

    /** Screen share: slower, sharper encoding for text, at a low frame rate. */
    public static Vp8Profile screenShare(int width, int height, int frameRate, int bitrateKbps) {
        return new Vp8Profile("screen", width, height, frameRate, bitrateKbps, -4, 40, 0, true);
    }

    public Vp8Profile withBitrate(int kbps, int fps) {
        return new Vp8Profile(name, width, height, fps, kbps, cpuUsed, qmax, maxIntraRatePct, screenContent);
    }

    public Vp8Profile withSize(int w, int h) {
        return new Vp8Profile(name, w, h, frameRate, bitrateKbps, cpuUsed, qmax, maxIntraRatePct, screenContent);
    }

    /** The libvpx options (FFmpeg names) this profile stands for. */
    Map<String, String> encoderOptions() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("deadline", "realtime");
        o.put("cpu-used", String.valueOf(cpuUsed));
        o.put("lag-in-frames", "0");
        o.put("auto-alt-ref", "0");
        o.put("error-resilient", "default");
        o.put("max-intra-rate", String.valueOf(maxIntraRatePct));
        o.put("undershoot-pct", "95");
        o.put("noise-sensitivity", "0");
        o.put("static-thresh", screenContent ? "100" : "1");
        o.put("screen-content-mode", screenContent ? "1" : "0");
        if (screenContent) {
            o.put("sharpness", "5");
        }
        return o;
    }
}
