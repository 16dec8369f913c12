package org.sealroom.media.device;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.sealroom.media.MediaClock;
import org.sealroom.media.codec.I420Frame;

/** Child-JVM main for {@link ScreenCaptureUnderXvfbTest}: lists screens, captures a few frames, prints what it got. */
public final class ScreenCaptureProbe {
    private ScreenCaptureProbe() {
    }

    public static void main(String[] args) throws Exception {
        int frames = Integer.parseInt(args[0]);
        DeviceInventory inventory = new DeviceEnumerator().enumerate();
        DeviceStatus status = inventory.status(DeviceKind.SCREEN);
        System.out.println("inventory " + status.availability() + " " + status.message());
        MediaDevice screen = inventory.devices(DeviceKind.SCREEN).getFirst();
        LinkedBlockingQueue<I420Frame> captured = new LinkedBlockingQueue<>();
        try (ScreenSource source = ScreenSource.open(screen, 10, MediaClock.system())) {
            System.out.println("source " + source.status().availability() + " " + source.status().message());
            source.start(captured::add);
            for (int i = 0; i < frames; i++) {
                I420Frame frame = captured.poll(20, TimeUnit.SECONDS);
                System.out.println(frame == null ? "timeout" : "frame " + frame.width() + "x" + frame.height());
            }
        }
        System.out.println("done");
    }
}
