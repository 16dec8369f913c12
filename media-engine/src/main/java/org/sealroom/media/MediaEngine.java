package org.sealroom.media;

import java.util.function.Consumer;

import org.sealroom.media.audio.AudioProcessingSettings;
import org.sealroom.media.audio.AudioProcessor;
import org.sealroom.media.audio.ToneGenerator;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.codec.OpusSettings;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.control.KeyframeRequestSink;
import org.sealroom.media.device.AudioDevices;
import org.sealroom.media.device.AudioInput;
import org.sealroom.media.device.AudioOutput;
import org.sealroom.media.device.CameraSource;
import org.sealroom.media.device.DeviceEnumerator;
import org.sealroom.media.device.DeviceInventory;
import org.sealroom.media.device.DeviceWatcher;
import org.sealroom.media.device.MediaDevice;
import org.sealroom.media.device.ScreenSource;
import org.sealroom.media.device.SyntheticAudioInput;
import org.sealroom.media.device.SyntheticVideoSource;
import org.sealroom.media.device.VideoSource;
import org.sealroom.media.jitter.SyncGroup;
import org.sealroom.media.packet.PacketSink;
import org.sealroom.media.stream.AudioReceiveStream;
import org.sealroom.media.stream.AudioSendStream;
import org.sealroom.media.stream.VideoReceiveStream;
import org.sealroom.media.stream.VideoSendStream;

/**
 * What the session layer uses of the media engine: devices and their states, sources (real or synthetic), and send
 * and receive streams. Send streams end in a {@link PacketSink} the session layer gives (protect, then transport);
 * receive streams are themselves {@link PacketSink}s the session layer feeds with unprotected packets.
 */
public final class MediaEngine implements AutoCloseable {
    private static final long HOT_PLUG_POLL_MILLIS = 3_000;

    private final MediaClock clock;
    private final DeviceWatcher watcher;

    public MediaEngine(MediaClock clock) {
        this.clock = clock;
        DeviceEnumerator enumerator = new DeviceEnumerator();
        this.watcher = new DeviceWatcher(enumerator::enumerate);
    }

    public MediaClock clock() {
        return clock;
    }

    /** The devices found and, for each kind, whether it can be used and why not. */
    public DeviceInventory devices() {
        return watcher.inventory();
    }

    /** Hot-plug: the watcher tells its listeners what came and went, rescanning every few seconds once started. */
    public DeviceWatcher startWatchingDevices() {
        watcher.start(HOT_PLUG_POLL_MILLIS);
        return watcher;
    }

    public VideoSource openCamera(MediaDevice camera, int width, int height, int frameRate) {
        return CameraSource.open(camera, width, height, frameRate, clock);
    }

    public VideoSource openScreen(MediaDevice screenOrWindow, int frameRate) {
        return ScreenSource.open(screenOrWindow, frameRate, clock);
    }

    public AudioInput openMicrophone(MediaDevice microphone) {
        return AudioDevices.openMicrophone(microphone, clock);
    }

    public AudioOutput openSpeakers(MediaDevice speakers) {
        return AudioDevices.openSpeakers(speakers, clock);
    }

    /** {@code --synthetic-media}: the stamped moving test pattern instead of a camera. */
    public VideoSource syntheticCamera(int width, int height, int frameRate) {
        return new SyntheticVideoSource(width, height, frameRate, clock);
    }

    /** {@code --synthetic-media}: a 440 Hz tone instead of a microphone. */
    public AudioInput syntheticMicrophone() {
        return new SyntheticAudioInput(new ToneGenerator(440, -12), clock);
    }

    /** Echo cancellation, noise suppression, gain control and high-pass for a real microphone. */
    public AudioProcessor audioProcessor() {
        return new AudioProcessor(AudioProcessingSettings.meeting());
    }

    /** @param processor from {@link #audioProcessor()} for a microphone, {@code null} for the synthetic tone */
    public AudioSendStream audioSend(int streamId, AudioProcessor processor, PacketSink sink) {
        return new AudioSendStream(streamId, OpusSettings.voice(), processor, processor != null, sink);
    }

    public VideoSendStream cameraSend(int streamId, PacketSink sink) {
        return VideoSendStream.camera(streamId, sink);
    }

    public VideoSendStream screenSend(int streamId, PacketSink sink) {
        return VideoSendStream.screenShare(streamId, sink);
    }

    /**
     * @param sender one {@link SyncGroup} per remote participant, shared by their audio and video for lip sync
     * @param played sees each played frame, such as {@code processor::analyzePlayout} for echo cancellation
     */
    public AudioReceiveStream audioReceive(int streamId, SyncGroup sender, Consumer<PcmFrame> played) {
        return new AudioReceiveStream(streamId, clock, sender.join(), played);
    }

    public VideoReceiveStream videoReceive(int streamId, SyncGroup sender, KeyframeRequestSink keyframeRequests,
                                           Consumer<I420Frame> renderer) {
        return new VideoReceiveStream(streamId, clock, sender.join(), keyframeRequests, renderer);
    }

    @Override
    public void close() {
        watcher.close();
    }
}
