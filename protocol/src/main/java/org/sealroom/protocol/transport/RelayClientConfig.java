package org.sealroom.protocol.transport;

import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.Objects;
import org.sealroom.protocol.wire.WireFormat;

/**
 * How a {@link RelayClient} connects: the relay, how its certificate is trusted (a pinned fingerprint, else trust
 * on first use remembered in {@code knownRelays}), media path policy, timeouts and reconnect backoff.
 *
 * @param eventLoopGroup a group to share between clients, or {@code null} for a private one-thread group
 */
public record RelayClientConfig(RelayEndpoint endpoint, KnownRelays knownRelays, RelayFingerprint pinnedFingerprint,
                                String software, MediaPolicy mediaPolicy, Duration connectTimeout,
                                Duration requestTimeout, Duration reconnectInitialDelay, Duration reconnectMaxDelay,
                                Duration resumeGiveUp, Duration udpProbeInterval, int udpProbeAttempts,
                                Duration udpRetryInterval, int maxFrameBytes, EventLoopGroup eventLoopGroup) {

    /** Whether media may use UDP. */
    public enum MediaPolicy {
        /** Probe UDP; use it when it gets through, else fall back to the TLS connection. */
        AUTO,
        /** Always carry media over the TLS connection. */
        TCP_ONLY
    }

    public RelayClientConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(knownRelays, "knownRelays");
        Objects.requireNonNull(mediaPolicy, "mediaPolicy");
        if (udpProbeAttempts < 1) {
            throw new IllegalArgumentException("udpProbeAttempts must be at least 1");
        }
    }

    public static Builder builder(RelayEndpoint endpoint, KnownRelays knownRelays) {
        return new Builder(endpoint, knownRelays);
    }

    /** Defaults suit a desktop client on an ordinary network. */
    public static final class Builder {
        private final RelayEndpoint endpoint;
        private final KnownRelays knownRelays;
        private RelayFingerprint pinnedFingerprint;
        private String software = "sealroom";
        private MediaPolicy mediaPolicy = MediaPolicy.AUTO;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration reconnectInitialDelay = Duration.ofMillis(200);
        private Duration reconnectMaxDelay = Duration.ofSeconds(5);
        private Duration resumeGiveUp = Duration.ofSeconds(60);
        private Duration udpProbeInterval = Duration.ofMillis(250);
        private int udpProbeAttempts = 6;
        private Duration udpRetryInterval = Duration.ofSeconds(30);
        private int maxFrameBytes = WireFormat.DEFAULT_MAX_FRAME_BYTES;
        private EventLoopGroup eventLoopGroup;

        private Builder(RelayEndpoint endpoint, KnownRelays knownRelays) {
            this.endpoint = endpoint;
            this.knownRelays = knownRelays;
        }

        public Builder pinnedFingerprint(RelayFingerprint value) {
            this.pinnedFingerprint = value;
            return this;
        }

        public Builder software(String value) {
            this.software = value;
            return this;
        }

        public Builder mediaPolicy(MediaPolicy value) {
            this.mediaPolicy = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        public Builder reconnectBackoff(Duration initial, Duration max) {
            this.reconnectInitialDelay = initial;
            this.reconnectMaxDelay = max;
            return this;
        }

        public Builder resumeGiveUp(Duration value) {
            this.resumeGiveUp = value;
            return this;
        }

        /** After falling back to TCP, the first wait before trying UDP again (it doubles up to five minutes). */
        public Builder udpRetry(Duration firstInterval) {
            this.udpRetryInterval = firstInterval;
            return this;
        }

        public Builder udpProbing(Duration interval, int attempts) {
            this.udpProbeInterval = interval;
            this.udpProbeAttempts = attempts;
            return this;
        }

        public Builder maxFrameBytes(int value) {
            this.maxFrameBytes = value;
            return this;
        }

        public Builder eventLoopGroup(EventLoopGroup value) {
            this.eventLoopGroup = value;
            return this;
        }

        public RelayClientConfig build() {
            return new RelayClientConfig(endpoint, knownRelays, pinnedFingerprint, software, mediaPolicy,
                    connectTimeout, requestTimeout, reconnectInitialDelay, reconnectMaxDelay, resumeGiveUp,
                    udpProbeInterval, udpProbeAttempts, udpRetryInterval, maxFrameBytes, eventLoopGroup);
        }
    }
}
