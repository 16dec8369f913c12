package org.sealroom.client.session;

import java.util.List;
import java.util.Optional;

/**
 * One meeting as this participant takes part in it: the contract between the session layer and its front ends
 * (the JavaFX UI and the headless CLI). Implementations are thread-safe; listeners are called on the session's own
 * threads, so UIs hand updates to their UI thread. Every action is non-blocking.
 */
public interface MeetingSession extends AutoCloseable {

    MeetingInfo info();

    SessionPhase phase();

    /** Everyone in the current epoch's roster, this participant included ({@link ParticipantInfo#me()}). */
    List<ParticipantInfo> participants();

    /** People waiting for admission; empty unless this participant is the host. */
    List<LobbyEntry> lobby();

    E2eeStatus e2ee();

    ConnectionStatus connection();

    void addListener(SessionListener listener);

    void removeListener(SessionListener listener);

    // Host actions; ignored with a warning when this participant is not the host.
    void admit(LobbyEntryId entry);

    void deny(LobbyEntryId entry);

    void remove(ParticipantId participant);

    void handOverHost(ParticipantId participant);

    void setCoHost(ParticipantId participant);

    // Everyone.
    void sendChat(String text);

    void sendPrivateChat(ParticipantId to, String text);

    void setMicrophoneEnabled(boolean enabled);

    void setCameraEnabled(boolean enabled);

    Reactions reactions();

    Polls polls();

    FileTransfers files();

    /** Marks a participant's identity key as verified after the safety numbers were compared out of band. */
    void markVerified(ParticipantId participant);

    /** Local recording and who is recording, when this session offers it. */
    default Optional<LocalRecording> localRecording() {
        return Optional.empty();
    }

    /** Leaves the meeting; a host without a co-host ends it for everyone. */
    void leave();

    /** Host only: ends the meeting for everyone. */
    void endForAll();

    @Override
    void close();

    /** Remote control of shared screens, when this session offers it. */
    default Optional<RemoteControl> remoteControl() {
        return Optional.empty();
    }
}
