package org.sealroom.media.audio;

/** Which of WebRTC's audio-processing steps run on the microphone signal. */
public record AudioProcessingSettings(boolean echoCancellation, boolean noiseSuppression, boolean automaticGain,
                                      boolean highPassFilter) {
    /** Everything on: what a meeting wants from a laptop microphone. */
    public static AudioProcessingSettings meeting() {
        return new AudioProcessingSettings(true, true, true, true);
    }
}
