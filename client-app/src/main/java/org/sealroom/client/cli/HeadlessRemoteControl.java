package org.sealroom.client.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.RemoteControl;
import org.sealroom.client.session.RemoteControlRequest;
import org.sealroom.client.session.RemoteControlStatus;
import org.sealroom.client.session.RemoteInput;
import org.sealroom.client.session.SessionListener;
import org.sealroom.client.session.SessionPhase;

/**
 * Screen sharing and remote control for the headless client, which cannot click: it shares {@code --share-screen}
 * once in the meeting, approves control requests only from {@code --allow-remote-control NAME} (everyone else is
 * denied), and reads the commands {@code control NAME}, {@code move X Y}, {@code click X Y}, {@code release} and
 * {@code stop-control}.
 */
final class HeadlessRemoteControl implements SessionListener {


    private final LiveMeetingSession session;
    private final Optional<String> shareSource;
    private final Optional<String> allowed;
    private final PrintStream out;
    private boolean shared;

    HeadlessRemoteControl(LiveMeetingSession session, Optional<String> shareSource, Optional<String> allowed,
                          PrintStream out) {
        this.session = session;
        this.shareSource = shareSource;
        this.allowed = allowed;
        this.out = out;
    }

    @Override
    public synchronized void phaseChanged(SessionPhase phase, String reason) {
        if (phase == SessionPhase.IN_MEETING && !shared && shareSource.isPresent()) {
            shared = true;
            session.startScreenShare(shareSource.get());
            out.println("Sharing " + shareSource.get());
        }
    }

    @Override
    public void remoteControlRequested(RemoteControlRequest request) {
        RemoteControl control = session.remoteControl().orElseThrow();
        if (allowed.isPresent() && allowed.get().equals(request.displayName())) {
            out.println("Remote control: allowing " + request.displayName() + " (--allow-remote-control)");
            control.approve(request);
        } else {
            out.println("Remote control: denying " + request.displayName() + " (not --allow-remote-control)");
            control.deny(request);
        }
    }

    @Override
    public void remoteControlChanged(RemoteControlStatus status) {
        out.println("[remote control " + status.mode() + "] " + status.peerName()
                + (status.reason().isEmpty() ? "" : " " + status.reason()));
    }

    /** Runs one remote-control command; false when {@code verb} is not one. */
    boolean command(String verb, String argument) {
        RemoteControl control = session.remoteControl().orElseThrow();
        switch (verb) {
            case "control" -> findByName(argument).ifPresentOrElse(p -> control.requestControl(p.id()),
                    () -> out.println("No participant named '" + argument + "'"));
            case "move", "click" -> pointer(control, verb, argument);
            case "release", "stop-control" -> control.stopControl();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void pointer(RemoteControl control, String verb, String argument) {
        String[] xy = argument.strip().split("\\s+");
        try {
            double x = Double.parseDouble(xy[0]);
            double y = Double.parseDouble(xy[1]);
            if (verb.equals("move")) {
                control.sendInput(new RemoteInput.PointerMove(x, y));
            } else {
                control.sendInput(new RemoteInput.PointerButton(1, true, x, y));
                control.sendInput(new RemoteInput.PointerButton(1, false, x, y));
            }
        } catch (RuntimeException e) {
            out.println(verb + " X Y: fractions of the shared screen from 0 to 1 (" + e.getMessage() + ")");
        }
    }

    private Optional<ParticipantInfo> findByName(String name) {
        return session.participants().stream().filter(p -> !p.me() && p.displayName().equals(name.strip()))
                .findFirst();
    }
}
