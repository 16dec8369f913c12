package org.sealroom.client.remote;

/**
 * Puts input events into the sharer's desktop. Coordinates are desktop pixels, buttons 1 (primary) to 3, keys AWT
 * {@code VK_} codes. Implementations may throw {@link RuntimeException}s; the caller contains them.
 */
public interface InputInjector {

    void pointerMove(int x, int y);

    void buttonPress(int button);

    void buttonRelease(int button);

    void wheel(int clicks);

    void keyPress(int keyCode);

    void keyRelease(int keyCode);
}
