package org.sealroom.client.ui.screens;

import org.sealroom.client.ui.fakes.FakeMeetingSession;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import org.sealroom.client.session.ClientServices;
import org.sealroom.client.settings.Settings;
import org.sealroom.client.settings.SettingsStore;
import org.sealroom.client.ui.Navigator;
import org.sealroom.client.ui.SealroomApp;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.fakes.FakeDeviceService;
import org.sealroom.client.ui.fakes.FakeIdentityService;
import org.sealroom.client.ui.fakes.FakeMeetingSession;
import org.sealroom.client.ui.fakes.FakeSessionService;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app on the headless toolkit with in-test services and a settings directory of its own. */
final class AppHarness implements AutoCloseable {

    /** How long to wait for the UI to catch up before a test gives up (a bound, not a speed check). */
    private static final int PATIENCE_SECONDS = 20;

    final FakeSessionService sessions = new FakeSessionService();
    final FakeIdentityService identity;
    final FakeDeviceService devices = new FakeDeviceService();
    final SettingsStore settings;
    final FxRobot robot = new FxRobot();
    private final SealroomApp app;

    AppHarness(Path configDirectory, Settings initial, FakeIdentityService identity) throws TimeoutException {
        this(configDirectory, initial, identity, null);
    }

    /** The app on the given services (real ones for end-to-end tests); the fakes stay unused. */
    AppHarness(Path configDirectory, Settings initial, ClientServices services) throws TimeoutException {
        this(configDirectory, initial, FakeIdentityService.loaded(), services);
    }

    private AppHarness(Path configDirectory, Settings initial, FakeIdentityService identity, ClientServices real)
            throws TimeoutException {
        this.identity = identity;
        this.settings = new SettingsStore(configDirectory);
        settings.save(initial);
        FxToolkit.registerPrimaryStage();
        ClientServices services = real != null ? real : new ClientServices(sessions, identity, devices);
        app = (SealroomApp) FxToolkit.setupApplication(
                () -> new SealroomApp(services, settings, UiExecutors.forApplication()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    Navigator navigator() {
        return app.navigator().orElseThrow();
    }

    /** The app as Anna, who has just hosted {@code session} from the home screen. */
    static AppHarness hosting(Path config, FakeMeetingSession session) throws Exception {
        return hosting(config, "Anna", session);
    }

    /** Starts the app for {@code name}, hosts {@code session} from the home screen and waits for the meeting window. */
    static AppHarness hosting(Path config, String name, FakeMeetingSession session) throws Exception {
        AppHarness harness = new AppHarness(config, Settings.DEFAULTS.withDisplayName(name),
                FakeIdentityService.loaded());
        harness.sessions.onHost(options -> session);
        harness.awaitNode("#newMeetingButton");
        harness.robot.clickOn("#newMeetingButton");
        harness.awaitNode("#micButton");
        return harness;
    }

    /** Waits until {@code condition} holds on the UI thread. */
    void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("The UI never showed: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a visible node matches {@code query}, and returns it. */
    <T extends Node> T awaitNode(String query) {
        await(query, () -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
        return robot.lookup(query).query();
    }

    /** Session events come from the session's own threads, never the UI thread. */
    static void fromSessionThread(Runnable event) {
        java.util.concurrent.CompletableFuture.runAsync(event).join();
    }

    boolean showing(String query) {
        return robot.lookup(query).tryQuery().filter(AppHarness::visibleInScene).isPresent();
    }

    private static boolean visibleInScene(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
