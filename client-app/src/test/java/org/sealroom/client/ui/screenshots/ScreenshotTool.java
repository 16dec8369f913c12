package org.sealroom.client.ui.screenshots;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.sealroom.client.session.ClientServices;
import org.sealroom.client.session.MeetingInfo;
import org.sealroom.client.session.SecurityWarning;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.settings.RecentMeeting;
import org.sealroom.client.settings.RelayEntry;
import org.sealroom.client.settings.Settings;
import org.sealroom.client.settings.SettingsStore;
import org.sealroom.client.settings.Theme;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.Navigator;
import org.sealroom.client.ui.ThemeManager;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.fakes.FakeDeviceService;
import org.sealroom.client.ui.fakes.FakeIdentityService;
import org.sealroom.client.ui.fakes.FakeMeetingSession;
import org.sealroom.client.ui.fakes.FakeSessionService;
import org.sealroom.client.ui.fakes.TestFrames;
import org.sealroom.client.ui.meeting.MeetingPanel;
import org.sealroom.client.ui.meeting.MeetingView;
import org.sealroom.client.ui.meeting.video.StageLayout;
import org.sealroom.client.ui.settings.SettingsView;
import org.testfx.api.FxToolkit;

/**
 * Renders the real screens, fed by a demo meeting, to PNG files for the user guide:
 * {@code home.png}, {@code meeting.png}, {@code meeting-participants.png}, {@code meeting-security.png},
 * {@code meeting-screen-share.png}, {@code meeting-polls.png}, {@code meeting-files.png}, {@code settings.png}, {@code settings-dark.png}, {@code first-run.png},
 * {@code waiting-room.png}. Runs on headless Monocle unless a display is set (then under Xvfb or a desktop).
 *
 * <p>Run: {@code java -cp client-app/target/test-classes:client-app/target/classes:$(cat
 * client-app/target/test-classpath.txt) org.sealroom.client.ui.screenshots.ScreenshotTool docs/images}
 */
public final class ScreenshotTool {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    private final Path output;
    private final List<Path> written = new ArrayList<>();
    private Stage stage;
    private Navigator navigator;
    private FakeDeviceService devices;

    private ScreenshotTool(Path output) {
        this.output = output;
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "docs/images");
        List<Path> files = render(output);
        files.forEach(file -> System.out.println("wrote " + file));
        Platform.exit();
    }

    /** Renders every screen into {@code output}; returns the files written. */
    public static List<Path> render(Path output) throws Exception {
        useHeadlessToolkitWithoutDisplay();
        startToolkit();
        Files.createDirectories(output);
        ScreenshotTool tool = new ScreenshotTool(output);
        try {
            tool.renderAll();
        } finally {
            tool.closeWindow(); // leave the toolkit as it was found: later UI tests share it
        }
        return tool.written;
    }

    private static void useHeadlessToolkitWithoutDisplay() {
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        System.setProperty("headless.geometry", "1920x1200-32");
        System.setProperty("prism.lcdtext", "false");
    }

    /** Through TestFX, as the UI tests do: whichever runs first, the others find the toolkit as they expect it. */
    private static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    private void closeWindow() throws Exception {
        if (stage != null) {
            onFx(() -> {
                stage.close();
                return null;
            });
        }
    }

    private void renderAll() throws Exception {
        Path config = Files.createTempDirectory("sealroom-screenshots");
        SettingsStore store = new SettingsStore(config);
        store.save(demoSettings());
        devices = new FakeDeviceService();
        FakeSessionService sessions = new FakeSessionService();
        ClientServices services = new ClientServices(sessions, FakeIdentityService.loaded(), devices);
        UiExecutors executors = new UiExecutors(Runnable::run, task -> {
            if (Platform.isFxApplicationThread()) task.run(); else Platform.runLater(task);
        });
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        Clock clock = Clock.fixed(Instant.parse("2025-03-04T09:05:00Z"), java.time.ZoneOffset.UTC);
        onFx(() -> {
            ThemeManager themes = ThemeManager.create();
            themes.apply(Theme.LIGHT);
            stage = new Stage();
            navigator = new Navigator(stage, new org.sealroom.client.ui.AppEnvironment(services, store, executors), themes,
                    messages, clock);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            stage.show();
            return null;
        });

        onFx(() -> {
            navigator.showHome();
            return null;
        });
        shoot("home.png", stage.getScene());

        FakeMeetingSession meeting = DemoMeeting.session();
        onFx(() -> {
            navigator.showMeeting(meeting);
            return null;
        });
        resize(1440, 900);
        DemoMeeting.sendPictures(meeting, 1);
        DemoMeeting.chat(meeting);
        MeetingView view = (MeetingView) onFx(navigator::current);
        panel(view, MeetingPanel.CHAT);
        settle();
        DemoMeeting.sendPictures(meeting, 2);
        shoot("meeting.png", stage.getScene());

        meeting.setLobby(DemoMeeting.lobby());
        panel(view, MeetingPanel.PARTICIPANTS);
        meeting.setParticipants(DemoMeeting.roster(5, 0));
        DemoMeeting.sendPictures(meeting, 3);
        shoot("meeting-participants.png", stage.getScene());

        meeting.warn(SecurityWarning.Kind.KEY_CHANGED,
                "Farid Haddad joined with a different identity key than in earlier meetings. Compare safety numbers before you trust this person.");
        meeting.setParticipants(DemoMeeting.rosterWithKeyChange(5));
        panel(view, MeetingPanel.SECURITY);
        DemoMeeting.sendPictures(meeting, 4);
        shoot("meeting-security.png", stage.getScene());

        meeting.setParticipants(DemoMeeting.roster(2, 2));
        panel(view, MeetingPanel.NONE);
        meeting.deliverFrame(new org.sealroom.client.session.ParticipantId(2), TestFrames.screen(1600, 1000, 1));
        DemoMeeting.sendPictures(meeting, 5);
        settle();
        meeting.deliverFrame(new org.sealroom.client.session.ParticipantId(2), TestFrames.screen(1600, 1000, 2));
        shoot("meeting-screen-share.png", stage.getScene());

        meeting.setParticipants(DemoMeeting.roster(3, 0));
        layout(view, StageLayout.SPEAKER);
        DemoMeeting.sendPictures(meeting, 6, 1280, 720);
        settle();
        DemoMeeting.sendPictures(meeting, 7, 1280, 720);
        shoot("meeting-speaker.png", stage.getScene());

        layout(view, StageLayout.GRID);
        meeting.setLobby(List.of());
        meeting.setParticipants(DemoMeeting.roster(3, 0));
        meeting.setPolls(DemoCollaboration.polls());
        panel(view, MeetingPanel.POLLS);
        DemoMeeting.sendPictures(meeting, 8);
        settle();
        DemoMeeting.sendPictures(meeting, 9);
        shoot("meeting-polls.png", stage.getScene());

        meeting.setFiles(DemoCollaboration.files());
        panel(view, MeetingPanel.FILES);
        DemoMeeting.sendPictures(meeting, 10);
        shoot("meeting-files.png", stage.getScene());

        onFx(() -> {
            navigator.showSettings();
            SettingsView settings = navigator.settingsView().orElseThrow();
            settings.select(SettingsView.Section.DEVICES);
            return null;
        });
        settle();
        devices.meter.accept(0.62);
        devices.preview.accept(TestFrames.portrait(640, 360, 0x6B7F99, 0x2F4A6B, 1));
        settle();
        devices.preview.accept(TestFrames.portrait(640, 360, 0x6B7F99, 0x2F4A6B, 2));
        shoot("settings.png", settingsScene());

        onFx(() -> {
            navigator.settingsView().orElseThrow().select(SettingsView.Section.RELAYS);
            navigator.apply(Theme.DARK, Locale.ENGLISH);
            return null;
        });
        shoot("settings-dark.png", settingsScene());
        onFx(() -> {
            navigator.apply(Theme.LIGHT, Locale.ENGLISH);
            return null;
        });
        onFx(() -> {
            navigator.shutdown();
            return null;
        });

        resize(WIDTH, HEIGHT);
        FakeMeetingSession waiting = new FakeMeetingSession(
                new MeetingInfo("Product weekly", "sealroom://x/1#v1.a.b", "482193057", java.util.Optional.empty(),
                        "relay.sealroom.example:7443", false), SessionPhase.WAITING_IN_LOBBY);
        onFx(() -> {
            navigator.showWaitingRoom(waiting);
            return null;
        });
        shoot("waiting-room.png", stage.getScene());

        FakeIdentityService fresh = new FakeIdentityService(org.sealroom.client.session.IdentityService.KeyFileState.MISSING);
        SettingsStore freshStore = new SettingsStore(Files.createTempDirectory("sealroom-first-run"));
        onFx(() -> {
            Navigator first = new Navigator(stage, new org.sealroom.client.ui.AppEnvironment(
                    new ClientServices(sessions, fresh, devices), freshStore, executors), ThemeManager.create(),
                    messages, clock);
            first.showFirstRun();
            return null;
        });
        onFx(() -> {
            javafx.scene.control.TextField name = (javafx.scene.control.TextField) stage.getScene().lookup("#nameField");
            name.setText("Anna Bauer");
            return null;
        });
        shoot("first-run.png", stage.getScene());
        onFx(() -> {
            stage.hide();
            return null;
        });
    }

    private Scene settingsScene() throws Exception {
        return onFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing() && w.getScene() != null)
                .map(javafx.stage.Window::getScene)
                .filter(scene -> scene.getRoot().getStyleClass().contains("settings"))
                .findFirst().orElseThrow());
    }

    private void panel(MeetingView view, MeetingPanel panel) throws Exception {
        onFx(() -> {
            view.viewModel().openPanel(panel);
            return null;
        });
    }

    private void layout(MeetingView view, StageLayout layout) throws Exception {
        onFx(() -> {
            view.viewModel().layoutProperty().set(layout);
            return null;
        });
    }

    private void resize(int width, int height) throws Exception {
        onFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
    }

    private Settings demoSettings() {
        Instant now = Instant.parse("2025-03-04T09:05:00Z");
        return Settings.DEFAULTS
                .withDisplayName("Anna Bauer")
                .withRelays(List.of(
                        new RelayEntry("relay.sealroom.example:7443", "mQ3vK8xP2tR7wL9nB4cF6hJ1dG5sA0eY3uI8oZ2kT7q"),
                        new RelayEntry("backup.sealroom.example:7443", "")), "")
                .withRecentMeeting(new RecentMeeting("Product weekly", "482193057", "relay.sealroom.example:7443",
                        now.minusSeconds(86_400 * 7 - 3_600), true))
                .withRecentMeeting(new RecentMeeting("Design review", "730118264", "relay.sealroom.example:7443",
                        now.minusSeconds(86_400 * 6), false))
                .withRecentMeeting(new RecentMeeting("1:1 Ben / Anna", "118402951", "", now.minusSeconds(86_400 * 2), true));
    }

    /** Lets a few pulses pass so layout, CSS and frames settle. */
    private static void settle() throws Exception {
        for (int i = 0; i < 6; i++) {
            onFx(() -> null);
            Thread.sleep(60);
        }
    }

    private void shoot(String name, Scene scene) throws Exception {
        settle();
        WritableImage image = onFx(() -> scene.snapshot(null));
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        Path file = output.resolve(name);
        if (!ImageIO.write(picture, "png", file.toFile())) {
            throw new IOException("No PNG writer available for " + file);
        }
        written.add(file);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Rendering failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The UI thread did not answer", e);
        }
    }
}
