package org.sealroom.relay.room;

import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The meeting numbers of the rooms created with number join: 9 random digits, unique on this relay while the room
 * lives. A number only leads to a room's lobby; the relay holds nothing derived from the meeting's password.
 */
final class MeetingNumbers {
    private static final int LOWEST = 100_000_000;
    private static final int COUNT = 900_000_000;

    private final ConcurrentHashMap<String, Room> rooms = new ConcurrentHashMap<>();
    private final SecureRandom random;

    MeetingNumbers(SecureRandom random) {
        this.random = random;
    }

    /** A fresh number nobody else uses; {@link #register} it with its room before anyone can look it up. */
    String reserve() {
        while (true) {
            String number = Integer.toString(LOWEST + random.nextInt(COUNT));
            if (rooms.putIfAbsent(number, Room.PLACEHOLDER) == null) {
                return number;
            }
        }
    }

    void register(Room room) {
        rooms.put(room.meetingNumber(), room);
    }

    /** The room with this number, or {@code null}. */
    Room room(String number) {
        Room room = rooms.get(number);
        return room == Room.PLACEHOLDER ? null : room;
    }

    void release(Room room) {
        if (room.meetingNumber() != null) {
            rooms.remove(room.meetingNumber(), room);
        }
    }
}
