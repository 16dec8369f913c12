package org.sealroom.relay.metrics;

import org.sealroom.relay.forward.ReceiverQueues;
import org.sealroom.relay.room.Connection;
import org.sealroom.relay.room.HopSessions;
import org.sealroom.relay.room.Room;
import org.sealroom.relay.room.RoomRegistry;

/** Gauges read from the relay's state when metrics are scraped. */
public final class StateGauges implements RelayMetrics.Gauges {
    private final RoomRegistry rooms;
    private final HopSessions connections;

    public StateGauges(RoomRegistry rooms, HopSessions connections) {
        this.rooms = rooms;
        this.connections = connections;
    }

    @Override
    public int rooms() {
        return rooms.rooms().size();
    }

    @Override
    public int participants() {
        int total = 0;
        for (Room room : rooms.rooms()) {
            total += room.members().length;
        }
        return total;
    }

    @Override
    public long queuedBytes() {
        long total = 0;
        for (Connection c : connections.all()) {
            total += ReceiverQueues.queuedBytes(c.channel());
        }
        return total;
    }

    @Override
    public long largestQueueBytes() {
        long largest = 0;
        for (Connection c : connections.all()) {
            largest = Math.max(largest, ReceiverQueues.queuedBytes(c.channel()));
        }
        return largest;
    }
}
