package org.sealroom.relay.room;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Connections by hop id, for the UDP path: a datagram names its connection's hop id, and its tag must verify
 * under that connection's hop key. Hop ids are random, so they say nothing about how many connections exist.
 */
public final class HopSessions {
    private final ConcurrentHashMap<Integer, Connection> byHopId = new ConcurrentHashMap<>();
    private final SecureRandom random;

    public HopSessions(SecureRandom random) {
        this.random = random;
    }

    /** Creates a connection under a fresh hop id and registers it. */
    public Connection register(IntFunction<Connection> create) {
        while (true) {
            int hopId = random.nextInt() & Integer.MAX_VALUE;
            if (hopId == 0 || byHopId.containsKey(hopId)) {
                continue;
            }
            Connection connection = create.apply(hopId);
            if (byHopId.putIfAbsent(hopId, connection) == null) {
                return connection;
            }
        }
    }

    public Connection get(int hopId) {
        return byHopId.get(hopId);
    }

    public void remove(Connection connection) {
        byHopId.remove(connection.hopId(), connection);
    }

    public Collection<Connection> all() {
        return byHopId.values();
    }
}
