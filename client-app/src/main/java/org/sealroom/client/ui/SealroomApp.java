package org.sealroom.client.ui;

import java.time.Clock;
import java.util.Optional;
import java.util.ServiceLoader;
import javafx.application.Application;
import javafx.stage.Stage;
import org.sealroom.client.session.ClientContext;
import org.sealroom.client.session.ClientServices;
import org.sealroom.client.session.ClientServicesProvider;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.settings.Settings;
import org.sealroom.client.settings.SettingsStore;
import org.sealroom.client.settings.StoredRelayPins;

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
        launch(services, settings, args);
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
        StartupFlow.start(services.identity(), executors, navigator, messages,
                StartupFlow.linkArgument(getParameters().getRaw()));
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
