package org.sealroom.client.remote;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Robot;
import java.awt.event.InputEvent;

/** Injects input with {@link java.awt.Robot}: the real desktop of this machine. */
final class RobotInputInjector implements InputInjector {

    static final String UNAVAILABLE = "Remote control is unavailable on this machine";

    private final Robot robot;

    private RobotInputInjector(Robot robot) {
        this.robot = robot;
    }

    /** A Robot for this machine's display, or an {@link InjectorUnavailableException} that says why not. */
    static RobotInputInjector create() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new InjectorUnavailableException(UNAVAILABLE + ": Java runs without a display (headless).");
        }
        try {
            Robot robot = new Robot();
            robot.setAutoWaitForIdle(false);
            return new RobotInputInjector(robot);
        } catch (AWTException | SecurityException | UnsupportedOperationException e) {
            throw new InjectorUnavailableException(UNAVAILABLE + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void pointerMove(int x, int y) {
        robot.mouseMove(x, y);
    }

    @Override
    public void buttonPress(int button) {
        robot.mousePress(InputEvent.getMaskForButton(button));
    }

    @Override
    public void buttonRelease(int button) {
        robot.mouseRelease(InputEvent.getMaskForButton(button));
    }

    @Override
    public void wheel(int clicks) {
        robot.mouseWheel(clicks);
    }

    @Override
    public void keyPress(int keyCode) {
        robot.keyPress(keyCode);
    }

    @Override
    public void keyRelease(int keyCode) {
        robot.keyRelease(keyCode);
    }
}
