package org.sealroom.media.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A machine without a camera, sound system or display gets a clear status, never a dead or hung JVM. */
class GuardedNativesTest {
    @TempDir
    Path root;

    private AudioSystemProbe noAudio() {
        return new AudioSystemProbe("Linux", Map.of(), root);
    }

    private static DisplayProbe noDisplay() {
        return new DisplayProbe("Linux", Map.of());
    }

    @Test
    void nativeLibraryLoadsWithoutAnAudioDevice() {
        assertThat(NativeMedia.isAvailable()).as(String.valueOf(NativeMedia.failure())).isTrue();
    }

    @Test
    void cameraStatusMatchesWhatNativeEnumerationFound() {
        DeviceInventory inventory = new DeviceEnumerator(noAudio(), noDisplay()).enumerate();
        int cameras = inventory.devices(DeviceKind.CAMERA).size();
        DeviceStatus status = inventory.status(DeviceKind.CAMERA);
        assertThat(status.usable()).isEqualTo(cameras > 0);
        assertThat(status.message()).isEqualTo(cameras == 0 ? "no camera found"
                : cameras + " camera" + (cameras == 1 ? "" : "s") + " found");
    }

    @Test
    void withoutASoundSystemMicrophoneAndSpeakersSayNoneFoundWithoutCallingNativeCode() {
        DeviceInventory inventory = new DeviceEnumerator(noAudio(), noDisplay()).enumerate();
        assertThat(inventory.status(DeviceKind.MICROPHONE)).isEqualTo(DeviceStatus.unavailable(DeviceKind.MICROPHONE,
                "no microphone found (no PulseAudio/PipeWire server and no ALSA sound card)"));
        assertThat(inventory.status(DeviceKind.SPEAKERS).message()).startsWith("no speakers found");
        assertThat(inventory.devices(DeviceKind.MICROPHONE)).isEmpty();
    }

    @Test
    void withoutADisplayScreenCaptureSaysSo() {
        DeviceInventory inventory = new DeviceEnumerator(noAudio(), noDisplay()).enumerate();
        assertThat(inventory.status(DeviceKind.SCREEN)).isEqualTo(DeviceStatus.unavailable(DeviceKind.SCREEN,
                "no screen found (no display (DISPLAY is not set))"));
        assertThat(inventory.status(DeviceKind.WINDOW).usable()).isFalse();
    }

    @Test
    void audioProbeFindsAPulseServerOrAnAlsaCard() throws IOException {
        assertThat(noAudio().whyNoAudio()).isPresent();
        Files.createDirectories(root.resolve("proc/self"));
        Files.writeString(root.resolve("proc/self/status"), "Name:\tjava\nUid:\t1000\t1000\t1000\t1000\n");
        Files.createDirectories(root.resolve("run/user/1000/pulse"));
        Files.createFile(root.resolve("run/user/1000/pulse/native"));
        assertThat(noAudio().whyNoAudio()).isEmpty();

        Path other = Files.createDirectories(root.resolve("other/proc/asound"));
        Files.writeString(other.resolve("cards"), "--- no soundcards ---\n");
        AudioSystemProbe noCards = new AudioSystemProbe("Linux", Map.of(), root.resolve("other"));
        assertThat(noCards.whyNoAudio()).isPresent();
        Files.writeString(other.resolve("cards"), " 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n");
        assertThat(noCards.whyNoAudio()).isEmpty();
        assertThat(new AudioSystemProbe("Windows 11", Map.of(), root).whyNoAudio()).isEmpty();
    }

    @Test
    void displayProbeTellsMissingFromSilentDisplays() {
        assertThat(noDisplay().whyNoDisplay()).contains("no display (DISPLAY is not set)");
        assertThat(new DisplayProbe("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")).whyNoDisplay())
                .contains("Wayland session without an X display (DISPLAY is not set)");
        assertThat(new DisplayProbe("Linux", Map.of("DISPLAY", ":4711")).whyNoDisplay())
                .contains("X display :4711 does not answer");
        assertThat(new DisplayProbe("Linux", Map.of("DISPLAY", "garbage")).whyNoDisplay()).isPresent();
        assertThat(new DisplayProbe("Mac OS X", Map.of()).whyNoDisplay()).isEmpty();
    }

    @Test
    void openingAMicrophoneThatIsNotThereIsATypedErrorWithAClearMessage() {
        MediaDevice ghost = new MediaDevice(DeviceKind.MICROPHONE, "ghost-descriptor", "Ghost Mic");
        assertThatThrownBy(() -> AudioDevices.openMicrophone(ghost, () -> 0))
                .isInstanceOf(DeviceUnavailableException.class)
                .hasMessageStartingWith("no microphone found")
                .satisfies(e -> assertThat(((DeviceUnavailableException) e).status().kind())
                        .isEqualTo(DeviceKind.MICROPHONE));
    }

    @Test
    void aHangingNativeCallTimesOutInsteadOfHangingTheApp() {
        assertThatThrownBy(() -> GuardedCall.call("listing ghosts", Duration.ofMillis(200), () -> {
            Thread.sleep(60_000);
            return null;
        })).isInstanceOf(NativeCallException.class).hasMessage("listing ghosts did not answer within 200 ms");
    }

    @Test
    void aFailingNativeCallBecomesATypedError() {
        assertThatThrownBy(() -> GuardedCall.call("loading", () -> {
            throw new UnsatisfiedLinkError("libpulse.so.0: cannot open shared object file");
        })).isInstanceOf(NativeCallException.class).hasMessageContaining("libpulse.so.0");
    }
}
