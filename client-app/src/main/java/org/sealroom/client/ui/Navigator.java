package org.sealroom.client.ui;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.settings.Settings;
import org.sealroom.client.settings.Theme;
import org.sealroom.client.ui.about.AboutWindow;
import org.sealroom.client.ui.firstrun.FirstRunView;
import org.sealroom.client.ui.firstrun.FirstRunViewModel;
import org.sealroom.client.ui.home.HomeView;
import org.sealroom.client.ui.home.HomeViewModel;
import org.sealroom.client.ui.meeting.FilesViewModel;
import org.sealroom.client.ui.meeting.MeetingView;
import org.sealroom.client.ui.meeting.MeetingViewModel;
import org.sealroom.client.ui.settings.SettingsView;
import org.sealroom.client.ui.settings.SettingsViewModel;
import org.sealroom.client.ui.unlock.UnlockView;
import org.sealroom.client.ui.unlock.UnlockViewModel;
import org.sealroom.client.ui.waiting.WaitingRoomView;
import org.sealroom.client.ui.waiting.WaitingRoomViewModel;

/**
 * Builds each screen (view model, then view) and shows it in the main window; the settings screen gets a window of
 * its own. It also applies theme and language changes, and leaves the meeting when the app closes.
 */
public final class Navigator implements Navigation, Appearance {

    private static final double MEETING_MIN_WIDTH = 1200;
    private static final double MEETING_MIN_HEIGHT = 760;

    private final Stage stage;
    private final AppEnvironment environment;
    private final ThemeManager themes;
    private final Clock clock;
    private final Scene scene;
    private Messages messages;
    private ScreenView current;
    private MeetingSession activeSession;
    private Stage settingsStage;
    private SettingsView settingsView;
    private final AboutWindow about = new AboutWindow();

    public Navigator(Stage stage, AppEnvironment environment, ThemeManager themes, Messages messages, Clock clock) {
        this.stage = stage;
        this.environment = environment;
        this.themes = themes;
        this.messages = messages;
        this.clock = clock;
        this.scene = new Scene(new javafx.scene.layout.StackPane(), 1120, 760);
        stage.setScene(scene);
        stage.setTitle("Sealroom");
        stage.setMinWidth(880);
        stage.setMinHeight(620);
    }

    public Messages messages() {
        return messages;
    }

    public ScreenView current() {
        return current;
    }

    private Settings settings() {
        return environment.settings().current();
    }

    private void show(ScreenView view) {
        if (current != null) {
            current.dispose();
        }
        current = view;
        scene.setRoot(view.root());
        themes.style(scene);
    }

    @Override
    public void showFirstRun() {
        show(new FirstRunView(new FirstRunViewModel(environment.services().identity(), environment.settings(),
                environment.executors(), this, messages), messages));
    }

    @Override
    public void showUnlock(Optional<String> pendingLink) {
        UnlockView view = new UnlockView(new UnlockViewModel(environment.services().identity(), environment.executors(),
                this, messages, pendingLink), messages);
        show(view);
        view.focusDefault();
    }

    @Override
    public void showHome(Optional<String> pendingLink, Optional<String> notice) {
        activeSession = null;
        HomeViewModel viewModel = new HomeViewModel(environment.services().sessions(), environment.settings(), settings(),
                environment.executors(), this, messages, clock);
        String identityText = environment.services().identity().current()
                .map(identity -> messages.get("home.identity", shortSafetyNumber(identity.safetyNumber())))
                .orElse("");
        HomeView view = new HomeView(viewModel, messages, identityText);
        show(view);
        notice.ifPresent(viewModel::showNotice);
        view.focusDefault();
        pendingLink.ifPresent(viewModel::joinNow);
    }

    private static String shortSafetyNumber(String safetyNumber) {
        String[] groups = safetyNumber.strip().split("\\s+");
        return groups.length <= 2 ? safetyNumber : groups[0] + " " + groups[1] + " …";
    }

    @Override
    public void showWaitingRoom(MeetingSession session) {
        activeSession = session;
        show(new WaitingRoomView(new WaitingRoomViewModel(session, environment.executors(), this, messages), messages));
    }

    @Override
    public void showMeeting(MeetingSession session) {
        activeSession = session;
        MeetingViewModel viewModel = new MeetingViewModel(session, environment.executors(), this, messages, clock);
        rememberDownloadFolder(viewModel.files());
        show(new MeetingView(viewModel, messages, environment.executors(), this));
        if (stage.getWidth() < MEETING_MIN_WIDTH || stage.getHeight() < MEETING_MIN_HEIGHT) {
            stage.setWidth(Math.max(stage.getWidth(), MEETING_MIN_WIDTH));
            stage.setHeight(Math.max(stage.getHeight(), MEETING_MIN_HEIGHT));
        }
        stage.setTitle(messages.get("meeting.windowTitle", session.info().title()));
    }

    /** The downloads folder chosen in one meeting is where the next meeting's files go too. */
    private void rememberDownloadFolder(FilesViewModel files) {
        environment.settings().current().downloadFolderPath().ifPresent(files::setDownloadDirectory);
        files.onDirectoryChosen(folder -> environment.executors().background().execute(
                () -> environment.settings().update(s -> s.withDownloadFolder(folder))));
    }

    @Override
    public void showSettings() {
        if (settingsStage != null) {
            settingsStage.toFront();
            return;
        }
        settingsStage = new Stage();
        settingsStage.initOwner(stage);
        settingsStage.setTitle(messages.get("settings.windowTitle"));
        SettingsViewModel viewModel = new SettingsViewModel(environment.settings(), settings(),
                environment.services().devices(), environment.services().identity(), environment.executors(), messages,
                this);
        settingsView = new SettingsView(viewModel, messages, this::closeSettings);
        Scene settingsScene = new Scene(settingsView.root(), 860, 620);
        themes.style(settingsScene);
        settingsStage.setScene(settingsScene);
        settingsStage.setOnHidden(event -> disposeSettings());
        settingsStage.show();
    }

    private void closeSettings() {
        if (settingsStage != null) {
            settingsStage.close();
        }
    }

    private void disposeSettings() {
        if (settingsView != null) {
            settingsView.dispose();
        }
        settingsView = null;
        settingsStage = null;
    }

    @Override
    public void showAbout() {
        about.show(stage, messages, themes);
    }

    /** The settings view while its window is open (tests and the screenshot tool use it). */
    public Optional<SettingsView> settingsView() {
        return Optional.ofNullable(settingsView);
    }

    @Override
    public void apply(Theme theme, Locale locale) {
        themes.apply(theme);
        themes.style(scene);
        if (settingsStage != null) {
            themes.style(settingsStage.getScene());
        }
        if (!locale.equals(messages.locale())) {
            messages = Messages.forLocale(locale);
            // The home screen is rebuilt in the new language; a meeting in progress keeps its text until it ends.
            if (current instanceof HomeView) {
                showHome();
            }
        }
    }

    /** The app is closing: leave a meeting in progress rather than vanish from it. */
    public void shutdown() {
        closeSettings();
        about.close();
        if (current != null) {
            current.dispose();
            current = null;
        }
        if (activeSession != null) {
            activeSession.leave();
            activeSession.close();
            activeSession = null;
        }
    }
}
