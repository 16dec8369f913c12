package org.sealroom.protocol.transport;

/** Where a relay listens for TLS connections. Its UDP port is learned in the hello exchange. */
public record RelayEndpoint(String host, int port) {
    public RelayEndpoint {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("relay host is missing");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("relay port out of range: " + port);
        }
    }

    /** Parses {@code host:port} (or {@code [v6]:port}). */
    public static RelayEndpoint parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected host:port, got '" + text + "'");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            return new RelayEndpoint(host, Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected host:port, got '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
