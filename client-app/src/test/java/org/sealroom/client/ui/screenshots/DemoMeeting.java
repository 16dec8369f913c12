package org.sealroom.client.ui.screenshots;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sealroom.client.session.ChatMessage;
import org.sealroom.client.session.ConnectionStatus;
import org.sealroom.client.session.E2eeStatus;
import org.sealroom.client.session.IdentityState;
import org.sealroom.client.session.LobbyEntry;
import org.sealroom.client.session.LobbyEntryId;
import org.sealroom.client.session.MeetingInfo;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.Role;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.ui.fakes.FakeMeetingSession;
import org.sealroom.client.ui.fakes.TestFrames;

/** A plausible meeting for the screenshots: six people, a lobby, chat, and pictures for the cameras. */
final class DemoMeeting {

    static final String SECURITY_CODE = "481203957162849305718264093517";

    /** One person in the demo: name, camera colours, and state flags. */
    record Person(long id, String name, Role role, IdentityState identity, boolean me, boolean mic, boolean camera,
            int wall, int shirt) {

        ParticipantInfo info(boolean speaking, boolean sharing) {
            return new ParticipantInfo(new ParticipantId(id), name, role, identity, safetyNumber(id), me, mic, camera,
                    speaking, sharing, false);
        }
    }

    static final List<Person> PEOPLE = List.of(
            new Person(1, "Anna Bauer", Role.HOST, IdentityState.VERIFIED, true, true, true, 0x6B7F99, 0x2F4A6B),
            new Person(2, "Ben Okafor", Role.COHOST, IdentityState.VERIFIED, false, true, true, 0x8C7A66, 0x7A2E2E),
            new Person(3, "Clara Jensen", Role.MEMBER, IdentityState.SEEN_BEFORE, false, false, true, 0x5E7D6E, 0xC9A227),
            new Person(4, "David Müller", Role.MEMBER, IdentityState.NEW, false, true, false, 0, 0),
            new Person(5, "Elif Yılmaz", Role.MEMBER, IdentityState.SEEN_BEFORE, false, true, true, 0x7D6C8A, 0x2E6B5E),
            new Person(6, "Farid Haddad", Role.MEMBER, IdentityState.NEW, false, false, true, 0x4F5B66, 0x5B3E8C));

    private DemoMeeting() {}

    static String safetyNumber(long seed) {
        StringBuilder out = new StringBuilder();
        long value = seed * 7919 + 104729;
        for (int group = 0; group < 12; group++) {
            value = (value * 6364136223846793005L + 1442695040888963407L);
            if (group > 0) out.append(' ');
            out.append(String.format("%05d", Math.floorMod(value >>> 17, 100000)));
        }
        return out.toString();
    }

    static FakeMeetingSession session() {
        MeetingInfo info = new MeetingInfo("Product weekly", "sealroom://relay.sealroom.example:7443/482193057"
                + "#v1.Qm9iIHRoZSBob3N0IGZpbmdlcnByaW50.K7f3-2mQzV9xW1sLpA0tHg", "482193057", Optional.of("K7P-29Q"),
                "relay.sealroom.example:7443", true);
        FakeMeetingSession session = new FakeMeetingSession(info, SessionPhase.IN_MEETING);
        session.setParticipants(roster(2, 0));
        session.setE2ee(new E2eeStatus(7, SECURITY_CODE, false));
        session.setConnection(FakeMeetingSession.connected(ConnectionStatus.MediaPath.UDP, 38, ConnectionStatus.Quality.GOOD));
        return session;
    }

    /** Everyone, with {@code speakerId} speaking and {@code sharerId} sharing (0 for nobody). */
    static List<ParticipantInfo> roster(long speakerId, long sharerId) {
        List<ParticipantInfo> roster = new ArrayList<>();
        for (Person p : PEOPLE) {
            roster.add(p.info(p.id() == speakerId, p.id() == sharerId));
        }
        return roster;
    }

    /** The roster after the last person arrived with an identity key other than the one seen before. */
    static List<ParticipantInfo> rosterWithKeyChange(long speakerId) {
        List<ParticipantInfo> roster = new ArrayList<>(roster(speakerId, 0));
        ParticipantInfo last = roster.removeLast();
        roster.add(new ParticipantInfo(last.id(), last.displayName(), last.role(), IdentityState.KEY_CHANGED,
                last.safetyNumber(), false, last.microphoneOn(), last.cameraOn(), false, false, false));
        return roster;
    }

    static void sendPictures(FakeMeetingSession session, long frameNumber) {
        sendPictures(session, frameNumber, 640, 360);
    }

    static void sendPictures(FakeMeetingSession session, long frameNumber, int width, int height) {
        for (Person p : PEOPLE) {
            if (p.camera()) {
                session.deliverFrame(new ParticipantId(p.id()), TestFrames.portrait(width, height, p.wall(), p.shirt(), frameNumber));
            }
        }
    }

    static void chat(FakeMeetingSession session) {
        Instant at = Instant.parse("2025-03-04T09:02:00Z");
        session.receiveChat(new ChatMessage(new ParticipantId(2), "Ben Okafor", "Morning! Slides are in the shared folder.",
                at, Optional.empty()));
        session.receiveChat(new ChatMessage(new ParticipantId(5), "Elif Yılmaz", "Can we start with the release checklist?",
                at.plusSeconds(40), Optional.empty()));
        session.receiveChat(new ChatMessage(new ParticipantId(3), "Clara Jensen", "I will be two minutes late to the demo part.",
                at.plusSeconds(95), Optional.of(new ParticipantId(1))));
    }

    static List<LobbyEntry> lobby() {
        return List.of(
                new LobbyEntry(new LobbyEntryId(11), "Greta Lind", safetyNumber(11), IdentityState.SEEN_BEFORE, false),
                new LobbyEntry(new LobbyEntryId(12), "Hugo Martins", safetyNumber(12), IdentityState.NEW, true));
    }
}
