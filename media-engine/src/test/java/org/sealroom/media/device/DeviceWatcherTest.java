package org.sealroom.media.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DeviceWatcherTest {
    private static final MediaDevice CAM = new MediaDevice(DeviceKind.CAMERA, "/dev/video0", "Webcam");
    private static final MediaDevice MIC = new MediaDevice(DeviceKind.MICROPHONE, "alsa:1", "Headset mic");

    private static DeviceInventory inventory(MediaDevice... devices) {
        return new DeviceInventory(List.of(devices), Map.of());
    }

    @Test
    void reportsDevicesPluggedInAndPulledOut() {
        Deque<DeviceInventory> scans = new ArrayDeque<>(List.of(inventory(CAM), inventory(CAM, MIC), inventory(MIC),
                inventory(MIC)));
        List<DeviceChange> heard = new ArrayList<>();
        try (DeviceWatcher watcher = new DeviceWatcher(scans::removeFirst)) {
            watcher.addListener(heard::add);
            assertThat(watcher.rescan()).as("first scan is the baseline").isEmpty();
            assertThat(watcher.rescan()).containsExactly(new DeviceChange(MIC, true));
            assertThat(watcher.rescan()).containsExactly(new DeviceChange(CAM, false));
            assertThat(watcher.rescan()).isEmpty();
            assertThat(watcher.inventory().devices()).containsExactly(MIC);
        }
        assertThat(heard).containsExactly(new DeviceChange(MIC, true), new DeviceChange(CAM, false));
    }
}
