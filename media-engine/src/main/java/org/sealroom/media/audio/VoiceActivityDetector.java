package org.sealroom.media.audio;

import java.util.function.Consumer;

import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.pipeline.Observer;

/**
 * Energy voice-activity detector for the active-speaker indicator and DTX (webrtc-java's APM no longer reports voice
 * activity). A frame is speech when it stands {@value #SPEECH_ABOVE_NOISE_DB} dB over the tracked noise floor and above
 * {@value #MIN_SPEECH_DBFS} dBFS; activity holds for {@value #HANGOVER_FRAMES} frames after the last speech frame so word
 * gaps do not flicker. The floor follows quiet frames down at once and creeps up slowly.
 */
public final class VoiceActivityDetector extends Observer<PcmFrame> {
    static final double SPEECH_ABOVE_NOISE_DB = 9;
    static final double MIN_SPEECH_DBFS = -55;
    static final int HANGOVER_FRAMES = 15;
    private static final double FLOOR_RISE_DB_PER_FRAME = 0.02;

    private final Consumer<VoiceActivity> listener;
    private double noiseFloorDbfs = -70;
    private int hangover;
    private volatile VoiceActivity last = new VoiceActivity(false, -96);

    public VoiceActivityDetector() {
        this(activity -> { });
    }

    public VoiceActivityDetector(Consumer<VoiceActivity> listener) {
        super("voice-activity");
        this.listener = listener;
    }

    /** Classifies one frame and tells the listener. */
    public VoiceActivity classify(PcmFrame frame) {
        double level = 20 * Math.log10(Math.max(frame.rms(), 0.5) / 32768.0);
        boolean speech = level > MIN_SPEECH_DBFS && level > noiseFloorDbfs + SPEECH_ABOVE_NOISE_DB;
        noiseFloorDbfs = level < noiseFloorDbfs ? level : noiseFloorDbfs + FLOOR_RISE_DB_PER_FRAME;
        hangover = speech ? HANGOVER_FRAMES : Math.max(0, hangover - 1);
        VoiceActivity activity = new VoiceActivity(speech || hangover > 0, level);
        last = activity;
        listener.accept(activity);
        return activity;
    }

    /** The result for the last frame seen. */
    public VoiceActivity current() {
        return last;
    }

    @Override
    protected void observe(PcmFrame frame) {
        classify(frame);
    }
}
