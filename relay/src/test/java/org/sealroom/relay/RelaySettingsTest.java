package org.sealroom.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.relay.tls.RelayCertificate;

class RelaySettingsTest {
    @TempDir
    Path dir;

    private static RelaySettings.Target target() {
        return new RelaySettings.Target(RelayConfig.builder(), RelayLimits.builder());
    }

    @Test
    void configFileSetsEveryKindOfValue() throws Exception {
        Path file = dir.resolve("relay.properties");
        Files.writeString(file, """
                # a relay for the office
                port = 8443
                bind = 127.0.0.1
                metricsPort = -1
                capture = /var/tmp/capture
                limits.maxFrameBytes = 32KiB
                limits.bytesPerSecond = 2MiB
                limits.handshakeTimeout = 1500ms
                limits.roomIdleTimeout = 10m
                limits.maxParticipantsPerRoom = 12
                """);
        RelaySettings.Target target = target();
        RelaySettings.apply(RelaySettings.readFile(file), target, file.toString());
        RelayConfig config = target.config().limits(target.limits().build()).build();

        assertThat(config.port()).isEqualTo(8443);
        assertThat(config.metricsPort()).isEqualTo(RelayConfig.DISABLED);
        assertThat(config.captureDir()).isEqualTo(Path.of("/var/tmp/capture"));
        assertThat(config.limits().maxFrameBytes()).isEqualTo(32 * 1024);
        assertThat(config.limits().bytesPerSecond()).isEqualTo(2 * 1024 * 1024);
        assertThat(config.limits().handshakeTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.limits().roomIdleTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.limits().maxParticipantsPerRoom()).isEqualTo(12);
    }

    @Test
    void refusesUnknownSettingsAndBadValues() {
        assertThatThrownBy(() -> RelaySettings.apply(Map.of("limits.maxFrameSize", "1"), target(), "relay.properties"))
                .isInstanceOf(RelayException.class)
                .hasMessageStartingWith("unknown setting 'limits.maxFrameSize' in relay.properties; known settings: ");
        assertThatThrownBy(() -> RelaySettings.apply(Map.of("limits.idleTimeout", "45"), target(), "the command line"))
                .isInstanceOf(RelayException.class)
                .hasMessage("bad value '45' for limits.idleTimeout in the command line: a duration is a number and a "
                        + "unit: 500ms, 10s, 5m, 1h");
        assertThatThrownBy(() -> RelayLimits.builder().videoQueueBytes(10).audioQueueBytes(5).build())
                .isInstanceOf(RelayException.class)
                .hasMessage("queue limits must grow from video to audio to reliable messages");
    }

    @Test
    void generatedCertificateIsKeptAndReused() throws Exception {
        RelayCertificate first = RelayCertificate.loadOrGenerate(dir);
        RelayCertificate second = RelayCertificate.loadOrGenerate(dir);
        assertThat(first.generated()).isTrue();
        assertThat(second.generated()).isFalse();
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(Files.getPosixFilePermissions(dir.resolve("relay-key.pem")))
                .extracting(Object::toString).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }
}
