package org.sealroom.protocol.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HexFormat;
import org.sealroom.crypto.InsecureSecretKeyAccess;
import org.sealroom.crypto.epoch.Epoch;
import org.sealroom.crypto.epoch.EpochKeys;
import org.sealroom.crypto.epoch.MeetingKey;
import org.sealroom.crypto.epoch.SenderKey;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.crypto.epoch.SuitePolicy;

/**
 * The auditor's key log (docs/protocol.md section 9): one line per SFrame base key this client uses or accepts,
 * {@code SFRAME_BASE_KEY <kid hex> <suite hex> <base key hex>}. Off unless asked for; it defeats E2EE for whoever
 * reads the file.
 */
public interface KeyLog {

    KeyLog NONE = (epoch, key, roster, suites) -> { };

    void logEpoch(Epoch epoch, MeetingKey key, Roster roster, SuitePolicy suites);

    static KeyLog toFile(Path file) {
        return (epoch, key, roster, suites) -> {
            StringBuilder lines = new StringBuilder();
            HexFormat hex = HexFormat.of();
            try (EpochKeys keys = EpochKeys.derive(epoch, key)) {
                for (RosterMember member : roster.members()) {
                    for (StreamKind stream : StreamKind.values()) {
                        try (SenderKey senderKey = keys.senderKey(member.senderIndex(), stream)) {
                            byte[] base = senderKey.copyMaterial(InsecureSecretKeyAccess.get());
                            lines.append("SFRAME_BASE_KEY ").append(Long.toHexString(senderKey.keyId().value()))
                                    .append(' ').append(String.format("%04x", suites.suiteFor(stream).id()))
                                    .append(' ').append(hex.formatHex(base)).append('\n');
                            Arrays.fill(base, (byte) 0);
                        }
                    }
                }
            }
            try {
                Files.writeString(file, lines, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the key log " + file, e);
            }
        };
    }
}
