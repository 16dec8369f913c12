package org.sealroom.client.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.LocalRecording;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.SessionListener;
import org.sealroom.client.session.SessionPhase;

/**
 * {@code --record FILE}: starts recording once this participant is in the meeting, and says so; prints who else
 * records, and any disk-space problem. The session finishes the file when it ends.
 */
final class HeadlessRecording implements SessionListener {

    private final LiveMeetingSession session;
    private final LocalRecording recording;
    private final Path file;
    private final PrintStream out;
    private boolean started;
    private String lastProblem = "";

    private HeadlessRecording(LiveMeetingSession session, LocalRecording recording, Path file, PrintStream out) {
        this.session = session;
        this.recording = recording;
        this.file = file;
        this.out = out;
    }

    static void startWhenInMeeting(LiveMeetingSession session, Path file, PrintStream out) {
        LocalRecording recording = session.localRecording().orElseThrow();
        HeadlessRecording headless = new HeadlessRecording(session, recording, file, out);
        session.addListener(headless);
        headless.phaseChanged(session.phase(), "");
    }

    @Override
    public synchronized void phaseChanged(SessionPhase phase, String reason) {
        if (phase != SessionPhase.IN_MEETING || started) {
            return;
        }
        started = true;
        try {
            recording.start(file);
            out.println("Recording to " + recording.status().file().orElse(file) + " (everyone is told).");
        } catch (SessionException e) {
            System.err.println("sealroom: not recording: " + e.getMessage());
        }
        out.flush();
    }

    @Override
    public synchronized void recordingChanged() {
        String problem = recording.status().problem().orElse("");
        if (!problem.isEmpty() && !problem.equals(lastProblem)) {
            System.err.println("WARNING [RECORDING] " + problem);
        }
        lastProblem = problem;
        out.println("Recording now: " + recording.recorders().stream()
                .map(r -> r.displayName() + (r.paused() ? " (paused)" : "")).toList());
    }
}
