package org.sealroom.protocol.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** Records a peer's events for assertions, with a polling wait (no timed assertions: generous deadlines only). */
final class Recorder implements MeetingListener {

    final List<EpochView> epochs = new CopyOnWriteArrayList<>();
    final List<MeetingWarning> warnings = new CopyOnWriteArrayList<>();
    final List<String> chats = new CopyOnWriteArrayList<>();
    final List<String> privateChats = new CopyOnWriteArrayList<>();
    volatile List<LobbyRequest> lobby = List.of();
    volatile boolean denied;
    volatile boolean becameHost;
    volatile String ended;
    volatile String passwordRefused;

    @Override
    public void lobbyChanged(List<LobbyRequest> lobby) {
        this.lobby = lobby;
    }

    @Override
    public void passwordRefused(String reason) {
        passwordRefused = reason;
    }

    @Override
    public void denied() {
        denied = true;
    }

    @Override
    public void epochInstalled(EpochView view) {
        epochs.add(view);
    }

    @Override
    public void dataReceived(RosterMember from, ReceivedData data) {
        String text = from.displayName() + ": " + new String(data.body(), StandardCharsets.UTF_8);
        (data.type().sealed() ? privateChats : chats).add(text);
    }

    @Override
    public void warning(MeetingWarning warning) {
        warnings.add(warning);
    }

    @Override
    public void becameHost() {
        becameHost = true;
    }

    @Override
    public void ended(String reason) {
        ended = reason;
    }

    EpochView latest() {
        assertThat(epochs).isNotEmpty();
        return epochs.get(epochs.size() - 1);
    }

    int latestSize() {
        return epochs.isEmpty() ? 0 : latest().roster().members().size();
    }

    boolean warned(MeetingWarning.Kind kind) {
        return warnings.stream().anyMatch(w -> w.kind() == kind);
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
