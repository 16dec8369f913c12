package org.sealroom.client.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build, as Maven wrote it into {@code build.properties}; never a hard-coded string. */
public final class AppVersion {

    private static final String RESOURCE = "build.properties";

    private AppVersion() {}

    /** For example {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: this is not a Maven-built Sealroom");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        String version = properties.getProperty("version", "");
        if (version.isBlank() || version.contains("${")) {
            throw new IllegalStateException(RESOURCE + " was not filtered by the build: '" + version + "'");
        }
        return version;
    }

    /** What {@code sealroom --version} prints. */
    public static String line() {
        return "Sealroom " + current();
    }
}
