package org.sealroom.client.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.sealroom.client.instance.RunningInstance;
import org.sealroom.client.session.ClientContext;
import org.sealroom.client.session.ClientServices;
import org.sealroom.client.session.ClientServicesProvider;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.settings.Settings;
import org.sealroom.client.settings.SettingsStore;
import org.sealroom.client.settings.StoredRelayPins;
import org.sealroom.client.ui.meeting.MeetingView;
import org.sealroom.client.ui.waiting.WaitingRoomView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sealroom desktop app. {@code ./sealroom [sealroom://LINK]} runs {@link #main}, which finds the session layer
 * through {@link ClientServicesProvider}; tests and other front ends call {@link #launch(ClientServices,
 * SettingsStore, String...)} with services of their own.
 */
public final class SealroomApp extends Application {

    private static volatile ClientServices launchServices;
    private static volatile SettingsStore launchSettings;

    private final ClientServices services;
    private final SettingsStore settings;
    private final UiExecutors executors;
    private Navigator navigator;
    private Stage stage;
    private Messages messages;
    private static volatile SealroomApp running;
    /** Guards {@link #running} against {@link #handedOverEarly}: a link must not slip between the two. */
    private static final Object HANDOFF = new Object();
    /** A link handed over by a second start before this app's window existed; opened by {@link #start}. */
    private static Optional<String> handedOverEarly = Optional.empty();
    private static final Logger LOG = LoggerFactory.getLogger(SealroomApp.class);

    /** Used by {@link Application#launch}: takes what {@link #launch(ClientServices, SettingsStore, String...)} set. */
    public SealroomApp() {
        this(requireLaunched(launchServices), requireLaunched(launchSettings), UiExecutors.forApplication());
    }

    public SealroomApp(ClientServices services, SettingsStore settings, UiExecutors executors) {
        this.services = services;
        this.settings = settings;
        this.executors = executors;
    }

    private static <T> T requireLaunched(T value) {
        if (value == null) {
            throw new IllegalStateException("Start the app with SealroomApp.launch(services, settings, args)");
        }
        return value;
    }

    public static void main(String[] args) {
        SettingsStore settings = SettingsStore.forUser();
        ClientServicesProvider provider = ServiceLoader.load(ClientServicesProvider.class).findFirst().orElse(null);
        if (provider == null) {
            System.err.println("Sealroom: no session layer found (no " + ClientServicesProvider.class.getName()
                    + " on the class path). This build cannot start meetings.");
            System.exit(1);
            return;
        }
        ClientServices services;
        try {
            services = provider.create(new ClientContext(settings.directory(), new StoredRelayPins(settings)));
        } catch (SessionException e) {
            System.err.println("Sealroom could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Optional<String> link = StartupFlow.linkArgument(List.of(args));
        Path socket = RunningInstance.socketFor(settings.directory());
        if (RunningInstance.handOff(socket, link)) {
            System.out.println(link.isPresent() ? "Sealroom is already running: the link opens there."
                    : "Sealroom is already running: it comes to the front.");
            return;
        }
        Optional<RunningInstance> instance = RunningInstance.listen(socket, SealroomApp::fromAnotherStart);
        try {
            launch(services, settings, args);
        } finally {
            instance.ifPresent(RunningInstance::close);
        }
    }

    /** A link (or just "come to the front") from a second start, or from macOS when a link is clicked. */
    private static void fromAnotherStart(Optional<String> link) {
        SealroomApp app;
        synchronized (HANDOFF) {
            app = running;
            if (app == null) {
                // The second start already told its user "the link opens there": keep it for start().
                handedOverEarly = link.isPresent() ? link : handedOverEarly;
                return;
            }
        }
        Platform.runLater(() -> app.open(link));
    }

    private void open(Optional<String> link) {
        if (stage == null || navigator == null) {
            return;
        }
        stage.setIconified(false);
        stage.toFront();
        ScreenView screen = navigator.current();
        if (link.isPresent() && !(screen instanceof MeetingView) && !(screen instanceof WaitingRoomView)) {
            StartupFlow.start(services.identity(), executors, navigator, messages, link);
        } else if (link.isPresent()) {
            LOG.info("a meeting link arrived during a meeting; it was not opened");
        }
    }

    /** macOS delivers clicked links to the running app instead of starting it again. */
    private static void acceptOpenUriEvents() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            if (java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.APP_OPEN_URI)) {
                java.awt.Desktop.getDesktop().setOpenURIHandler(event ->
                        fromAnotherStart(Optional.of(event.getURI().toString())));
            }
        } catch (RuntimeException e) {
            LOG.info("clicked links cannot reach the running app: {}", e.toString());
        }
    }

    /** Starts the JavaFX app with the given services; returns when the last window closed. */
    public static void launch(ClientServices services, SettingsStore settings, String... args) {
        launchServices = services;
        launchSettings = settings;
        Application.launch(SealroomApp.class, args);
    }

    @Override
    public void init() {
        settings.load(); // off the UI thread: later screens read the cached copy
    }

    @Override
    public void start(Stage stage) {
        Settings current = settings.current();
        ThemeManager themes = ThemeManager.create();
        themes.apply(current.theme());
        Messages messages = Messages.forLocale(current.locale());
        navigator = new Navigator(stage, new AppEnvironment(services, settings, executors), themes, messages,
                Clock.systemDefaultZone());
        executors.background().execute(() -> services.devices().select(current.devices().toSelection()));
        stage.getIcons().addAll(AppIcon.image(256), AppIcon.image(64), AppIcon.image(32));
        stage.setOnCloseRequest(event -> navigator.shutdown());
        stage.show();
        this.stage = stage;
        this.messages = messages;
        Optional<String> early;
        synchronized (HANDOFF) {
            running = this;
            early = handedOverEarly;
            handedOverEarly = Optional.empty();
        }
        acceptOpenUriEvents();
        StartupFlow.start(services.identity(), executors, navigator, messages,
                StartupFlow.linkArgument(getParameters().getRaw()).or(() -> early));
    }

    @Override
    public void stop() {
        if (navigator != null) {
            navigator.shutdown();
        }
    }

    /** The navigator, once started (tests and the screenshot tool drive screens through it). */
    public Optional<Navigator> navigator() {
        return Optional.ofNullable(navigator);
    }
}
