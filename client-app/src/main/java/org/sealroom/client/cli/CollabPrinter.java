package org.sealroom.client.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.FileTransferView;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.PollView;
import org.sealroom.client.session.Reaction;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.SessionListener;

/**
 * Prints reactions, polls and file transfers as they change, and offers {@code --send-file} to everyone once
 * someone else is in the meeting.
 */
final class CollabPrinter implements SessionListener {

    private final LiveMeetingSession session;
    private final PrintStream out;
    private final Map<String, String> printedFiles = new HashMap<>();
    private final Map<String, String> printedPolls = new HashMap<>();
    private Optional<Path> fileToSend;

    CollabPrinter(LiveMeetingSession session, PrintStream out, Optional<Path> fileToSend) {
        this.session = session;
        this.out = out;
        this.fileToSend = fileToSend;
    }

    static String describe(FileTransferView t) {
        String arrow = t.direction() == FileTransferView.Direction.OUTGOING ? "to " : "from ";
        return t.name() + " (" + t.size() + " bytes) " + arrow + t.peerName() + ": " + t.state()
                + (t.state() == FileTransferView.State.TRANSFERRING ? " " + Math.round(t.progress() * 100) + "%" : "")
                + t.savedAs().map(p -> ", saved as " + p).orElse("") + t.problem().map(p -> " — " + p).orElse("");
    }

    @Override
    public synchronized void participantsChanged() {
        if (fileToSend.isPresent() && session.participants().size() > 1) {
            Path file = fileToSend.get();
            fileToSend = Optional.empty();
            try {
                session.files().send(file, Optional.empty());
                out.println("Offering " + file + " to everyone.");
            } catch (SessionException e) {
                System.err.println("sealroom: cannot send " + file + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void reactionReceived(ParticipantId from, String fromName, Reaction reaction) {
        out.println(fromName + " reacted " + reaction.emoji() + " (" + reaction.name().toLowerCase(java.util.Locale.ROOT) + ")");
    }

    @Override
    public synchronized void pollsChanged() {
        for (PollView poll : session.polls().all()) {
            String text = HeadlessCommands.describe(poll);
            if (!text.equals(printedPolls.put(poll.id().value(), text))) {
                out.println(text);
            }
        }
    }

    @Override
    public synchronized void fileTransfersChanged() {
        for (FileTransferView t : session.files().all()) {
            String state = t.state().name();
            if (!state.equals(printedFiles.put(t.id().value(), state))) {
                out.println("File " + describe(t)
                        + (t.state() == FileTransferView.State.OFFERED && t.direction()
                        == FileTransferView.Direction.INCOMING ? " — type 'files', then 'accept N' or 'decline N'" : ""));
            }
        }
    }
}
