package org.sealroom.client.settings;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A relay's {@code host[:port]} as the user types it; the port defaults to {@value #DEFAULT_PORT}. */
public record RelayAddress(String host, int port) {

    public static final int DEFAULT_PORT = 7443;

    private static final Pattern FORM =
            Pattern.compile("(?<host>\\[[0-9a-fA-F:.]+]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::(?<port>\\d{1,5}))?");

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException with a message for the user when it is not a host with an optional port
     */
    public static RelayAddress parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Enter a relay as host or host:port, for example relay.example.org:7443");
        }
        int port = m.group("port") == null ? DEFAULT_PORT : Integer.parseInt(m.group("port"));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("A port is a number from 1 to 65535");
        }
        return new RelayAddress(m.group("host").toLowerCase(Locale.ROOT), port);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
