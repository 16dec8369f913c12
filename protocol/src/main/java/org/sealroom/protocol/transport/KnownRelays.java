package org.sealroom.protocol.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relays this client has trusted on first use, like SSH's {@code known_hosts}: a text file with one line per
 * relay, {@code host:port SHA256-fingerprint-hex}; lines starting with {@code #} are comments. Safe to share between
 * threads of one process; rewritten atomically.
 */
public final class KnownRelays {
    private final Path file;

    public KnownRelays(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<RelayFingerprint> lookup(RelayEndpoint endpoint) {
        return Optional.ofNullable(read().get(endpoint.toString()));
    }

    /** Records the fingerprint of a relay seen for the first time (or replaces the one on record). */
    public synchronized void remember(RelayEndpoint endpoint, RelayFingerprint fingerprint) {
        Map<String, RelayFingerprint> known = read();
        known.put(endpoint.toString(), fingerprint);
        List<String> lines = new ArrayList<>();
        lines.add("# Sealroom relays trusted on first use: host:port SHA-256 certificate fingerprint");
        known.forEach((relay, fp) -> lines.add(relay + " " + fp.hex()));
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".known-relays", ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the known-relays file " + file, e);
        }
    }

    private Map<String, RelayFingerprint> read() {
        Map<String, RelayFingerprint> known = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return known;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                if (parts.length == 2) {
                    known.put(parts[0], RelayFingerprint.parse(parts[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the known-relays file " + file, e);
        }
        return known;
    }
}
