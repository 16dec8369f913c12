package org.sealroom.client.ui.fakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.sealroom.client.session.DevicePreview;
import org.sealroom.client.session.DeviceSelection;
import org.sealroom.client.session.DeviceService;
import org.sealroom.client.session.MediaDevice;
import org.sealroom.client.session.VideoFrame;

/**
 * Two of each device. Opening a meter or a preview records it and hands the consumer to the test, which plays the
 * device (levels, frames); closing it is recorded too.
 */
public final class FakeDeviceService implements DeviceService {

    public final List<String> opened = new CopyOnWriteArrayList<>();
    public final List<String> closed = new CopyOnWriteArrayList<>();
    public final List<String> testSounds = new CopyOnWriteArrayList<>();
    public volatile DoubleConsumer meter = level -> {};
    public volatile Consumer<VideoFrame> preview = frame -> {};
    private volatile DeviceSelection selection = DeviceSelection.SYSTEM_DEFAULTS;

    @Override
    public List<MediaDevice> devices(MediaDevice.Kind kind) {
        return switch (kind) {
            case MICROPHONE -> List.of(new MediaDevice("mic-1", "Built-in Microphone", kind, true),
                    new MediaDevice("mic-2", "USB Headset Microphone", kind, false));
            case SPEAKER -> List.of(new MediaDevice("spk-1", "Built-in Speakers", kind, true),
                    new MediaDevice("spk-2", "USB Headset", kind, false));
            case CAMERA -> List.of(new MediaDevice("cam-1", "Integrated Camera", kind, true),
                    new MediaDevice("cam-2", "Logitech C920", kind, false));
        };
    }

    @Override
    public void select(DeviceSelection newSelection) {
        selection = newSelection;
    }

    @Override
    public DeviceSelection selection() {
        return selection;
    }

    @Override
    public DevicePreview previewCamera(String cameraId, Consumer<VideoFrame> frames) {
        preview = frames;
        return track("camera:" + cameraId);
    }

    @Override
    public DevicePreview meterMicrophone(String microphoneId, DoubleConsumer level) {
        meter = level;
        return track("microphone:" + microphoneId);
    }

    @Override
    public void playTestSound(String speakerId) {
        testSounds.add(speakerId);
    }

    private DevicePreview track(String what) {
        opened.add(what);
        return () -> closed.add(what);
    }
}
