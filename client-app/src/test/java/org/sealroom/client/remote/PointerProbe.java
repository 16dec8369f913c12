package org.sealroom.client.remote;

import java.awt.MouseInfo;
import java.awt.Point;

/** Prints where the pointer is on this JVM's display as {@code x y}: the test's independent look at the screen. */
public final class PointerProbe {

    private PointerProbe() {
    }

    public static void main(String[] args) {
        Point at = MouseInfo.getPointerInfo().getLocation();
        System.out.println(at.x + " " + at.y);
    }
}
