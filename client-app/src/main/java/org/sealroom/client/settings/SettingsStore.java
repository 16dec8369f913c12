package org.sealroom.client.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code settings.json} in the configuration directory. Writes go to a temporary file first and then
 * replace the old file, so a crash never leaves half a file. An unreadable file is moved aside (never silently lost)
 * and the defaults are used.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    static final String FILE_NAME = "settings.json";

    private final Path directory;
    private volatile Settings cached;
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public SettingsStore(Path directory) {
        this.directory = directory;
    }

    public static SettingsStore forUser() {
        return new SettingsStore(ConfigDirectory.forUser());
    }

    public Path directory() {
        return directory;
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    /** The stored settings, or the defaults when there are none yet or the file cannot be read. */
    public synchronized Settings load() {
        cached = read();
        return cached;
    }

    /**
     * The settings as last loaded or saved through this store, without touching the disk (after the first call), so
     * UI code can ask for them on its thread.
     */
    public Settings current() {
        Settings settings = cached;
        return settings != null ? settings : load();
    }

    private Settings read() {
        Path file = file();
        try {
            Settings settings = mapper.readValue(Files.readAllBytes(file), Settings.class);
            return settings == null ? Settings.DEFAULTS : settings;
        } catch (NoSuchFileException e) {
            return Settings.DEFAULTS;
        } catch (JacksonException e) {
            moveAside(file, e);
            return Settings.DEFAULTS;
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}; using defaults", file, e.toString());
            return Settings.DEFAULTS;
        }
    }

    /** Writes {@code settings}, replacing the file atomically where the file system allows. */
    public synchronized void save(Settings settings) {
        Path file = file();
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, FILE_NAME, ".tmp");
            try {
                Files.write(temporary, mapper.writeValueAsBytes(settings));
                replace(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
            cached = settings;
        } catch (IOException e) {
            throw new SettingsException("Could not save settings to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Loads, changes and saves in one step, so concurrent updates (UI and session layer) do not lose each other. */
    public synchronized Settings update(UnaryOperator<Settings> change) {
        Settings updated = change.apply(load());
        save(updated);
        return updated;
    }

    private static void replace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void moveAside(Path file, JacksonException cause) {
        Path aside = file.resolveSibling(FILE_NAME + ".unreadable");
        LOG.warn("{} is not valid settings ({}); moved to {} and using defaults", file, cause.getOriginalMessage(), aside);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("Could not move {} aside: {}", file, e.toString());
        }
    }
}
