package org.sealroom.client.ui.screenshots;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sealroom.client.session.FileTransferId;
import org.sealroom.client.session.FileTransferView;
import org.sealroom.client.session.FileTransferView.Direction;
import org.sealroom.client.session.FileTransferView.State;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.PollDraft;
import org.sealroom.client.session.PollId;
import org.sealroom.client.session.PollView;

/** Polls and file transfers of the demo meeting, for the screenshots of their panels. */
final class DemoCollaboration {

    private DemoCollaboration() {
    }

    static List<PollView> polls() {
        PollView closed = new PollView(new PollId("p1"), new ParticipantId(1), "Anna Bauer",
                new PollDraft("Which date works for the offsite?", List.of("12 May", "19 May", "26 May"), false, false),
                false, 5, Set.of(1), Optional.of(List.of(1, 3, 1)),
                Optional.of(List.of(List.of("David Müller"), List.of("Anna Bauer", "Ben Okafor", "Elif Yılmaz"),
                        List.of("Clara Jensen"))), true);
        PollView open = new PollView(new PollId("p2"), new ParticipantId(2), "Ben Okafor",
                new PollDraft("Ship the release on Friday?", List.of("Yes", "No, next week"), false, true),
                true, 3, Set.of(), Optional.empty(), Optional.empty(), false);
        return List.of(closed, open);
    }

    static List<FileTransferView> files() {
        return List.of(
                new FileTransferView(new FileTransferId("a1"), Direction.INCOMING, new ParticipantId(3), "Clara Jensen",
                        "Q2 roadmap.pdf", 2_400_000, 2_400_000, State.COMPLETE,
                        Optional.of(Path.of("/home/anna/Downloads/Q2 roadmap.pdf")), Optional.empty()),
                new FileTransferView(new FileTransferId("a2"), Direction.OUTGOING, new ParticipantId(2), "Ben Okafor",
                        "budget-2025.xlsx", 860_000, 540_000, State.TRANSFERRING, Optional.empty(), Optional.empty()),
                new FileTransferView(new FileTransferId("a3"), Direction.INCOMING, new ParticipantId(5), "Elif Yılmaz",
                        "site photos.zip", 48_000_000, 0, State.OFFERED, Optional.empty(), Optional.empty()));
    }
}
