package org.sealroom.relay;

import java.time.Duration;
import org.sealroom.protocol.wire.WireFormat;

/**
 * Every limit the relay enforces (documented with its default in {@code docs/relay.md}). Input over a per-connection
 * limit closes that connection with an error; datagrams over it are dropped and counted.
 *
 * @param maxFrameBytes largest TCP frame accepted (value of the length field)
 * @param maxRooms rooms open at once
 * @param maxParticipantsPerRoom members of one room, including those away within their resume grace
 * @param maxVerifiersPerRoom admission verifiers one room may hold
 * @param maxConnectionsPerIp TLS connections from one IP address at once
 * @param messagesPerSecond frames (and, separately, datagrams) per second per connection, with one second of burst
 * @param bytesPerSecond bytes per second per connection (frames and datagrams separately), one second of burst
 * @param handshakeTimeout time from TCP accept until TLS and the hello exchange are done
 * @param idleTimeout a connection that sends nothing for this long is closed (clients ping more often)
 * @param keepAliveInterval how often clients are asked to ping
 * @param resumeGrace how long a disconnected participant keeps its place for a resume
 * @param roomIdleTimeout how long a room with nobody connected lives on
 * @param videoQueueBytes a receiver's send queue above which video to it is dropped
 * @param audioQueueBytes a receiver's send queue above which audio to it is dropped
 * @param reliableQueueBytes a receiver's send queue above which it is disconnected as a slow consumer
 */
public record RelayLimits(int maxFrameBytes, int maxRooms, int maxParticipantsPerRoom, int maxVerifiersPerRoom,
                          int maxConnectionsPerIp, int messagesPerSecond, long bytesPerSecond,
                          Duration handshakeTimeout, Duration idleTimeout, Duration keepAliveInterval,
                          Duration resumeGrace, Duration roomIdleTimeout, int videoQueueBytes, int audioQueueBytes,
                          int reliableQueueBytes) {

    public RelayLimits {
        positive(maxFrameBytes, "maxFrameBytes");
        positive(maxRooms, "maxRooms");
        positive(maxParticipantsPerRoom, "maxParticipantsPerRoom");
        positive(maxVerifiersPerRoom, "maxVerifiersPerRoom");
        positive(maxConnectionsPerIp, "maxConnectionsPerIp");
        positive(messagesPerSecond, "messagesPerSecond");
        positive(bytesPerSecond, "bytesPerSecond");
        positive(videoQueueBytes, "videoQueueBytes");
        if (audioQueueBytes < videoQueueBytes || reliableQueueBytes < audioQueueBytes) {
            throw new RelayException("queue limits must grow from video to audio to reliable messages");
        }
        if (idleTimeout.compareTo(keepAliveInterval.multipliedBy(2)) < 0) {
            throw new RelayException("idleTimeout must be at least twice keepAliveInterval");
        }
        if (maxFrameBytes < 1024) {
            throw new RelayException("maxFrameBytes must be at least 1024");
        }
    }

    public static RelayLimits defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxFrameBytes = maxFrameBytes;
        b.maxRooms = maxRooms;
        b.maxParticipantsPerRoom = maxParticipantsPerRoom;
        b.maxVerifiersPerRoom = maxVerifiersPerRoom;
        b.maxConnectionsPerIp = maxConnectionsPerIp;
        b.messagesPerSecond = messagesPerSecond;
        b.bytesPerSecond = bytesPerSecond;
        b.handshakeTimeout = handshakeTimeout;
        b.idleTimeout = idleTimeout;
        b.keepAliveInterval = keepAliveInterval;
        b.resumeGrace = resumeGrace;
        b.roomIdleTimeout = roomIdleTimeout;
        b.videoQueueBytes = videoQueueBytes;
        b.audioQueueBytes = audioQueueBytes;
        b.reliableQueueBytes = reliableQueueBytes;
        return b;
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new RelayException(name + " must be positive, got " + value);
        }
    }

    /** Starts from the defaults. */
    public static final class Builder {
        private int maxFrameBytes = WireFormat.DEFAULT_MAX_FRAME_BYTES;
        private int maxRooms = 10_000;
        private int maxParticipantsPerRoom = 100;
        private int maxVerifiersPerRoom = 256;
        private int maxConnectionsPerIp = 32;
        private int messagesPerSecond = 2_000;
        private long bytesPerSecond = 8L * 1024 * 1024;
        private Duration handshakeTimeout = Duration.ofSeconds(10);
        private Duration idleTimeout = Duration.ofSeconds(45);
        private Duration keepAliveInterval = Duration.ofSeconds(15);
        private Duration resumeGrace = Duration.ofSeconds(30);
        private Duration roomIdleTimeout = Duration.ofMinutes(5);
        private int videoQueueBytes = 256 * 1024;
        private int audioQueueBytes = 1024 * 1024;
        private int reliableQueueBytes = 4 * 1024 * 1024;

        public Builder maxFrameBytes(int v) {
            maxFrameBytes = v;
            return this;
        }

        public Builder maxRooms(int v) {
            maxRooms = v;
            return this;
        }

        public Builder maxParticipantsPerRoom(int v) {
            maxParticipantsPerRoom = v;
            return this;
        }

        public Builder maxVerifiersPerRoom(int v) {
            maxVerifiersPerRoom = v;
            return this;
        }

        public Builder maxConnectionsPerIp(int v) {
            maxConnectionsPerIp = v;
            return this;
        }

        public Builder messagesPerSecond(int v) {
            messagesPerSecond = v;
            return this;
        }

        public Builder bytesPerSecond(long v) {
            bytesPerSecond = v;
            return this;
        }

        public Builder handshakeTimeout(Duration v) {
            handshakeTimeout = v;
            return this;
        }

        public Builder idleTimeout(Duration v) {
            idleTimeout = v;
            return this;
        }

        public Builder keepAliveInterval(Duration v) {
            keepAliveInterval = v;
            return this;
        }

        public Builder resumeGrace(Duration v) {
            resumeGrace = v;
            return this;
        }

        public Builder roomIdleTimeout(Duration v) {
            roomIdleTimeout = v;
            return this;
        }

        public Builder videoQueueBytes(int v) {
            videoQueueBytes = v;
            return this;
        }

        public Builder audioQueueBytes(int v) {
            audioQueueBytes = v;
            return this;
        }

        public Builder reliableQueueBytes(int v) {
            reliableQueueBytes = v;
            return this;
        }

        public RelayLimits build() {
            return new RelayLimits(maxFrameBytes, maxRooms, maxParticipantsPerRoom, maxVerifiersPerRoom,
                    maxConnectionsPerIp, messagesPerSecond, bytesPerSecond, handshakeTimeout, idleTimeout,
                    keepAliveInterval, resumeGrace, roomIdleTimeout, videoQueueBytes, audioQueueBytes,
                    reliableQueueBytes);
        }
    }
}
