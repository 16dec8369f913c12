package org.sealroom.media.device;

import java.util.function.Consumer;
import java.util.function.LongFunction;

import dev.onvoid.webrtc.media.audio.AudioDevice;
import dev.onvoid.webrtc.media.audio.AudioDeviceModule;
import dev.onvoid.webrtc.media.audio.AudioSink;
import dev.onvoid.webrtc.media.audio.AudioSource;
import org.sealroom.media.MediaClock;
import org.sealroom.media.codec.PcmFrame;

/**
 * Opens microphones and speakers through webrtc-java's audio device module, one module per device, never through the
 * default {@code PeerConnectionFactory}. Refuses up front (with "no microphone found") when no sound system is there,
 * because the native calls would hang.
 */
public final class AudioDevices {
    private AudioDevices() {
    }

    public static AudioInput openMicrophone(MediaDevice microphone, MediaClock clock) {
        return new Microphone(microphone, clock, prepare(microphone, DeviceKind.MICROPHONE));
    }

    public static AudioOutput openSpeakers(MediaDevice speakers, MediaClock clock) {
        return new Speakers(speakers, clock, prepare(speakers, DeviceKind.SPEAKERS));
    }

    private static AudioDeviceModule prepare(MediaDevice device, DeviceKind kind) {
        if (device.kind() != kind) {
            throw new IllegalArgumentException("not a " + kind.label() + ": " + device);
        }
        NativeMedia.require(kind);
        new AudioSystemProbe().whyNoAudio().ifPresent(why -> {
            throw new DeviceUnavailableException(DeviceStatus.noneFound(kind, why));
        });
        return GuardedCall.call("opening " + kind.label() + " " + device.name(), () -> {
            AudioDeviceModule module = new AudioDeviceModule();
            var devices = kind == DeviceKind.MICROPHONE ? module.getRecordingDevices() : module.getPlayoutDevices();
            AudioDevice match = devices.stream().filter(d -> d.getDescriptor().equals(device.id())).findFirst()
                    .orElse(null);
            if (match == null) {
                module.dispose();
                throw new DeviceUnavailableException(DeviceStatus.noneFound(kind, device.name() + " was unplugged"));
            }
            if (kind == DeviceKind.MICROPHONE) {
                module.setRecordingDevice(match);
            } else {
                module.setPlayoutDevice(match);
            }
            return module;
        });
    }

    private abstract static class Opened implements AutoCloseable {
        final MediaDevice device;
        final MediaClock clock;
        final AudioDeviceModule module;
        private boolean started;
        private boolean closed;

        Opened(MediaDevice device, MediaClock clock, AudioDeviceModule module) {
            this.device = device;
            this.clock = clock;
            this.module = module;
        }

        public DeviceStatus status() {
            return new DeviceStatus(device.kind(), DeviceStatus.Availability.AVAILABLE, "using " + device.name());
        }

        synchronized void startOnce(Runnable nativeStart) {
            if (started || closed) {
                throw new IllegalStateException(device.kind().label() + " already started or closed");
            }
            started = true;
            GuardedCall.call("starting " + device.kind().label(), () -> {
                nativeStart.run();
                return null;
            });
        }

        abstract void nativeStop();

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            GuardedCall.call("stopping " + device.kind().label(), () -> {
                if (started) {
                    nativeStop();
                }
                module.dispose();
                return null;
            });
        }
    }

    private static final class Microphone extends Opened implements AudioInput {
        Microphone(MediaDevice device, MediaClock clock, AudioDeviceModule module) {
            super(device, clock, module);
        }

        @Override
        public void start(Consumer<PcmFrame> frames) {
            PcmChunks chunks = new PcmChunks();
            AudioSink sink = (data, samples, bytesPerSample, channels, rate, delayMs, drift) ->
                    chunks.record(data, samples, channels, rate, clock.nowMicros(), frames);
            startOnce(() -> {
                module.setAudioSink(sink);
                module.initRecording();
                module.startRecording();
            });
        }

        @Override
        void nativeStop() {
            module.stopRecording();
        }
    }

    private static final class Speakers extends Opened implements AudioOutput {
        Speakers(MediaDevice device, MediaClock clock, AudioDeviceModule module) {
            super(device, clock, module);
        }

        @Override
        public void start(LongFunction<PcmFrame> playout) {
            PcmChunks chunks = new PcmChunks();
            AudioSource source = (data, samples, bytesPerSample, channels, rate) -> {
                chunks.play(data, samples, channels, rate, () -> playout.apply(clock.nowMicros()));
                return samples;
            };
            startOnce(() -> {
                module.setAudioSource(source);
                module.initPlayout();
                module.startPlayout();
            });
        }

        @Override
        void nativeStop() {
            module.stopPlayout();
        }
    }
}
