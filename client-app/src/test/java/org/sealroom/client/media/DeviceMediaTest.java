package org.sealroom.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sealroom.client.media.MeetingHarness.SYNTHETIC;
import static org.sealroom.client.media.MeetingHarness.await;
import static org.sealroom.client.media.MeetingHarness.from;
import static org.sealroom.client.media.MeetingHarness.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.DeviceSelection;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.client.session.SessionException;
import org.sealroom.media.MediaClock;
import org.sealroom.media.MediaEngine;
import org.sealroom.media.device.DeviceInventory;
import org.sealroom.media.device.DeviceKind;
import org.sealroom.media.device.DeviceStatus;
import org.sealroom.media.device.MediaDevice;

/**
 * A meeting with real devices on machines where they are missing or cannot be opened: every device gets a clear
 * status, nothing crashes, and the meeting's media still flows the other way.
 */
class DeviceMediaTest {

    private static final MediaOptions DEVICES = new MediaOptions(MediaOptions.Mode.DEVICES, true, true);
    private static final String NO_SOUND = "no PulseAudio/PipeWire server and no ALSA sound card";

    @TempDir
    Path dir;

    /** A machine with no sound system, no camera and no display, as the media engine reports one. */
    private static DeviceInventory bareMachine() {
        return new DeviceInventory(List.of(), Map.of(
                DeviceKind.MICROPHONE, DeviceStatus.noneFound(DeviceKind.MICROPHONE, NO_SOUND),
                DeviceKind.SPEAKERS, DeviceStatus.noneFound(DeviceKind.SPEAKERS, NO_SOUND),
                DeviceKind.CAMERA, DeviceStatus.noneFound(DeviceKind.CAMERA, null),
                DeviceKind.SCREEN, DeviceStatus.noneFound(DeviceKind.SCREEN, "no display (DISPLAY is not set)"),
                DeviceKind.WINDOW, DeviceStatus.noneFound(DeviceKind.WINDOW, "no display (DISPLAY is not set)")));
    }

    /** Devices were listed, then unplugged before the meeting opened them: the engine's real open calls fail. */
    private static DeviceInventory unpluggedDevices() {
        return new DeviceInventory(List.of(
                new MediaDevice(DeviceKind.MICROPHONE, "unplugged-microphone", "USB Microphone"),
                new MediaDevice(DeviceKind.SPEAKERS, "unplugged-speakers", "USB Headset"),
                new MediaDevice(DeviceKind.CAMERA, "unplugged-camera", "USB Camera")), Map.of(
                DeviceKind.MICROPHONE, DeviceStatus.available(DeviceKind.MICROPHONE, 1),
                DeviceKind.SPEAKERS, DeviceStatus.available(DeviceKind.SPEAKERS, 1),
                DeviceKind.CAMERA, DeviceStatus.available(DeviceKind.CAMERA, 1)));
    }

    private static SessionMediaFactory factory(DeviceInventory inventory) {
        MediaEngine engine = new MediaEngine(MediaClock.system());
        return new SessionMediaFactory(new DeviceAccess(engine, () -> inventory),
                () -> DeviceSelection.SYSTEM_DEFAULTS);
    }

    @Test
    void missingDevicesGiveClearStatesAndTheMeetingStillReceives() throws Exception {
        MeetingHarness meetings = new MeetingHarness(dir, factory(bareMachine()));
        try (LiveMeetingSession alice = meetings.host("Alice", DEVICES);
             LiveMeetingSession bob = meetings.join("Bob", alice, SYNTHETIC)) {
            await(() -> media(alice).deviceStatuses().size() == 3);
            assertThat(media(alice).deviceStatuses()).extracting(DeviceStatus::message).containsExactlyInAnyOrder(
                    "no microphone found (" + NO_SOUND + ")", "no speakers found (" + NO_SOUND + ")",
                    "no camera found");
            assertThatThrownBy(alice::shareSources).isInstanceOf(SessionException.class)
                    .hasMessage("no screen found (no display (DISPLAY is not set))");

            alice.setMicrophoneEnabled(false);
            alice.setCameraEnabled(false);
            alice.setCameraEnabled(true);
            // Without speakers Alice's client still plays out (unheard) and decodes what Bob sends.
            await(() -> from(alice, bob).map(s -> s.videoFramesDecoded() >= 5 && s.audioFramesPlayed() >= 5)
                    .orElse(false));
            assertThat(from(bob, alice)).as("Alice sends nothing").isEmpty();
        }
    }

    @Test
    void devicesThatCannotBeOpenedAreReportedNotThrown() throws Exception {
        MeetingHarness meetings = new MeetingHarness(dir, factory(unpluggedDevices()));
        try (LiveMeetingSession alice = meetings.host("Alice", DEVICES)) {
            await(() -> media(alice).deviceStatuses().size() == 3);
            assertThat(media(alice).deviceStatuses()).allSatisfy(status -> {
                assertThat(status.usable()).as(status.toString()).isFalse();
                assertThat(status.message()).isNotBlank();
            }).extracting(DeviceStatus::kind).containsExactlyInAnyOrder(DeviceKind.MICROPHONE, DeviceKind.SPEAKERS,
                    DeviceKind.CAMERA);
            assertThat(alice.phase()).isNotNull();
            assertThat(media(alice).screenShare().status()).isEqualTo(Optional.empty());
        }
    }
}
