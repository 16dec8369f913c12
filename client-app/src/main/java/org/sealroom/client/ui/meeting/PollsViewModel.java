package org.sealroom.client.ui.meeting;

import java.util.List;
import java.util.Set;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.session.PollDraft;
import org.sealroom.client.session.PollId;
import org.sealroom.client.session.PollView;
import org.sealroom.client.session.SessionException;

/** The polls panel's state: every poll this participant knows, who may start one, and the last problem. */
public final class PollsViewModel {

    private final MeetingSession session;
    private final ObservableList<PollView> polls = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding canCreate;

    PollsViewModel(MeetingSession session, BooleanBinding moderator) {
        this.session = session;
        this.canCreate = moderator;
        refresh();
    }

    void refresh() {
        polls.setAll(session.polls().all());
    }

    /** Starts a poll; returns whether it started (otherwise {@link #problemProperty()} says why). */
    public boolean create(String question, List<String> options, boolean multipleChoice, boolean anonymous) {
        List<String> filled = options.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        return act(() -> session.polls().create(new PollDraft(question.strip(), filled, multipleChoice, anonymous)));
    }

    public boolean vote(PollId poll, Set<Integer> choices) {
        return act(() -> session.polls().vote(poll, choices));
    }

    public boolean close(PollId poll) {
        return act(() -> session.polls().close(poll));
    }

    private boolean act(PollAction action) {
        try {
            action.run();
            problem.set("");
            refresh();
            return true;
        } catch (SessionException | IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    @FunctionalInterface
    private interface PollAction {
        void run() throws SessionException;
    }

    public ObservableList<PollView> polls() { return polls; }

    public BooleanBinding canCreateProperty() { return canCreate; }

    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
