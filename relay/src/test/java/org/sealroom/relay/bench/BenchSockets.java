package org.sealroom.relay.bench;

/** Socket settings every socket of the benchmark shares with the relay's media socket. */
final class BenchSockets {
    static final int BUFFER_BYTES = 4 << 20;
    static final int MAX_DATAGRAM_BYTES = 2048;
    static final int DATAGRAMS_PER_READ = 32;

    private BenchSockets() {
    }
}
