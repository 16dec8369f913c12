package org.sealroom.client.remote;

import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Rectangle;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds where on the desktop a shared source lies, so pointer fractions map to pixels. Screens map to their AWT
 * screen device: {@code awt:N} is device N; a native capture id maps to the device at the same place in the list of
 * shared screens when the two lists agree in length (always so with one screen); the synthetic test pattern stands
 * for the first screen. Windows are not mapped: their bounds cannot be read portably, so they cannot be controlled.
 */
public final class SharedAreas {

    static final String AWT_PREFIX = "awt:";
    static final String SYNTHETIC_PREFIX = "synthetic:";

    /** Where the shared source lies, or why remote control cannot map it. */
    public record Resolution(Optional<ScreenArea> area, String whyNot) {

        static Resolution of(ScreenArea area) {
            return new Resolution(Optional.of(area), "");
        }

        static Resolution none(String whyNot) {
            return new Resolution(Optional.empty(), whyNot);
        }
    }

    /** The desktop's screens in AWT order. */
    public interface Screens {
        List<ScreenArea> list();
    }

    private final Screens screens;

    public SharedAreas(Screens screens) {
        this.screens = screens;
    }

    /** This machine's screens; none when Java runs headless. */
    public static SharedAreas ofThisMachine() {
        return new SharedAreas(SharedAreas::awtScreens);
    }

    /**
     * @param sourceId      the shared source's id
     * @param screenSources the ids of the screens (not windows) on offer, in the picker's order
     */
    public Resolution resolve(String sourceId, Supplier<List<String>> screenSources) {
        List<ScreenArea> all = screens.list();
        if (all.isEmpty()) {
            return Resolution.none("no screen to control: Java runs without a display");
        }
        if (sourceId.startsWith(SYNTHETIC_PREFIX)) {
            return Resolution.of(all.getFirst());
        }
        if (sourceId.startsWith(AWT_PREFIX)) {
            return byIndex(all, sourceId.substring(AWT_PREFIX.length()));
        }
        List<String> shared = screenSources.get();
        int index = shared.indexOf(sourceId);
        if (index < 0) {
            return Resolution.none("only shared screens can be controlled, not windows");
        }
        if (shared.size() != all.size()) {
            return Resolution.none("cannot tell which of " + all.size() + " screens is shared");
        }
        return Resolution.of(all.get(index));
    }

    private static Resolution byIndex(List<ScreenArea> all, String number) {
        try {
            int index = Integer.parseInt(number);
            if (index >= 0 && index < all.size()) {
                return Resolution.of(all.get(index));
            }
        } catch (NumberFormatException e) {
            // falls through: not a screen we know
        }
        return Resolution.none("the shared screen is gone");
    }

    private static List<ScreenArea> awtScreens() {
        if (GraphicsEnvironment.isHeadless()) {
            return List.of();
        }
        try {
            GraphicsDevice[] devices = GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return java.util.Arrays.stream(devices).map(d -> area(d.getDefaultConfiguration().getBounds())).toList();
        } catch (HeadlessException e) {
            return List.of();
        }
    }

    private static ScreenArea area(Rectangle r) {
        return new ScreenArea(r.x, r.y, r.width, r.height);
    }
}
