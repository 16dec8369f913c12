package org.sealroom.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sealroom.client.session.DeviceSelection;
import org.sealroom.client.session.MediaDevice;
import org.sealroom.client.session.SessionException;
import org.sealroom.media.MediaClock;
import org.sealroom.media.MediaEngine;
import org.sealroom.media.device.DeviceInventory;
import org.sealroom.media.device.DeviceKind;
import org.sealroom.media.device.DeviceStatus;

/**
 * The settings screen's device service over the media engine, on machines described by their inventory; opening goes
 * through the engine's real (guarded) native calls.
 */
class EngineDeviceServiceTest {

    private static final String NO_SOUND = "no PulseAudio/PipeWire server and no ALSA sound card";

    private final AtomicInteger watchersStarted = new AtomicInteger();

    private EngineDeviceService service(DeviceInventory inventory) {
        return new EngineDeviceService(new DeviceAccess(new MediaEngine(MediaClock.system()), () -> inventory),
                watchersStarted::incrementAndGet);
    }

    private static DeviceInventory bareMachine() {
        return new DeviceInventory(List.of(), Map.of(
                DeviceKind.MICROPHONE, DeviceStatus.noneFound(DeviceKind.MICROPHONE, NO_SOUND),
                DeviceKind.SPEAKERS, DeviceStatus.noneFound(DeviceKind.SPEAKERS, NO_SOUND),
                DeviceKind.CAMERA, DeviceStatus.noneFound(DeviceKind.CAMERA, null)));
    }

    private static DeviceInventory unplugged() {
        return new DeviceInventory(List.of(
                new org.sealroom.media.device.MediaDevice(DeviceKind.MICROPHONE, "mic-a", "Headset Microphone"),
                new org.sealroom.media.device.MediaDevice(DeviceKind.MICROPHONE, "mic-b", "Desk Microphone"),
                new org.sealroom.media.device.MediaDevice(DeviceKind.SPEAKERS, "spk-a", "Headset"),
                new org.sealroom.media.device.MediaDevice(DeviceKind.CAMERA, "cam-a", "USB Camera")), Map.of(
                DeviceKind.MICROPHONE, DeviceStatus.available(DeviceKind.MICROPHONE, 2),
                DeviceKind.SPEAKERS, DeviceStatus.available(DeviceKind.SPEAKERS, 1),
                DeviceKind.CAMERA, DeviceStatus.available(DeviceKind.CAMERA, 1)));
    }

    @Test
    void aMachineWithoutDevicesListsNoneAndSaysWhyWhenAskedToOpenOne() {
        try (EngineDeviceService devices = service(bareMachine())) {
            for (MediaDevice.Kind kind : MediaDevice.Kind.values()) {
                assertThat(devices.devices(kind)).isEmpty();
            }
            assertThat(watchersStarted).hasValue(1);
            assertThat(devices.status(MediaDevice.Kind.MICROPHONE).usable()).isFalse();
            assertThatThrownBy(() -> devices.meterMicrophone("", level -> { }))
                    .isInstanceOf(SessionException.class).hasMessage("No microphone found (" + NO_SOUND + ").");
            assertThatThrownBy(() -> devices.previewCamera("", frame -> { }))
                    .isInstanceOf(SessionException.class).hasMessage("No camera found.");
            assertThatThrownBy(() -> devices.playTestSound(""))
                    .isInstanceOf(SessionException.class).hasMessage("No speakers found (" + NO_SOUND + ").");
        }
    }

    @Test
    void listsDevicesWithTheFirstAsSystemDefault() {
        try (EngineDeviceService devices = service(unplugged())) {
            assertThat(devices.devices(MediaDevice.Kind.MICROPHONE)).containsExactly(
                    new MediaDevice("mic-a", "Headset Microphone", MediaDevice.Kind.MICROPHONE, true),
                    new MediaDevice("mic-b", "Desk Microphone", MediaDevice.Kind.MICROPHONE, false));
            assertThat(devices.devices(MediaDevice.Kind.SPEAKER)).extracting(MediaDevice::name)
                    .containsExactly("Headset");
            assertThat(devices.selection()).isEqualTo(DeviceSelection.SYSTEM_DEFAULTS);
            DeviceSelection chosen = new DeviceSelection(Optional.of("mic-b"), Optional.empty(), Optional.of("cam-a"));
            devices.select(chosen);
            assertThat(devices.selection()).isEqualTo(chosen);
        }
    }

    @Test
    void listedDevicesThatCannotBeOpenedFailWithTheReason() {
        try (EngineDeviceService devices = service(unplugged())) {
            assertThatThrownBy(() -> devices.previewCamera("cam-a", frame -> { }))
                    .isInstanceOf(SessionException.class).hasMessageStartingWith("The camera could not be used: ");
            assertThatThrownBy(() -> devices.meterMicrophone("mic-b", level -> { }))
                    .isInstanceOf(SessionException.class).hasMessageStartingWith("The microphone could not be used: ");
            assertThatThrownBy(() -> devices.playTestSound("spk-a"))
                    .isInstanceOf(SessionException.class).hasMessageStartingWith("The speakers could not be used: ");
            assertThatThrownBy(() -> devices.meterMicrophone("mic-gone", level -> { }))
                    .isInstanceOf(SessionException.class)
                    .hasMessage("That microphone is not connected any more; pick another.");
        }
    }
}
