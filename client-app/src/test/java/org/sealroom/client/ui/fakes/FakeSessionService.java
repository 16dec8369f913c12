package org.sealroom.client.ui.fakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.sealroom.client.session.HostOptions;
import org.sealroom.client.session.JoinOptions;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.SessionService;

/** Hands out prepared sessions and records what the UI asked for. */
public final class FakeSessionService implements SessionService {

    /** Builds a session from options, or fails like the real layer would. */
    @FunctionalInterface
    public interface Answer<O> {
        MeetingSession answer(O options) throws SessionException;
    }

    public final List<HostOptions> hosted = new CopyOnWriteArrayList<>();
    public final List<JoinOptions> joined = new CopyOnWriteArrayList<>();
    private volatile Answer<HostOptions> onHost = options -> {
        throw new SessionException("No meeting prepared for this test");
    };
    private volatile Answer<JoinOptions> onJoin = options -> {
        throw new SessionException("No meeting prepared for this test");
    };

    public FakeSessionService onHost(Answer<HostOptions> answer) {
        onHost = answer;
        return this;
    }

    public FakeSessionService onJoin(Answer<JoinOptions> answer) {
        onJoin = answer;
        return this;
    }

    public static <O> Answer<O> returning(Function<O, MeetingSession> sessions) {
        return sessions::apply;
    }

    @Override
    public MeetingSession host(HostOptions options) throws SessionException {
        hosted.add(options);
        return onHost.answer(options);
    }

    @Override
    public MeetingSession join(JoinOptions options) throws SessionException {
        joined.add(options);
        return onJoin.answer(options);
    }
}
