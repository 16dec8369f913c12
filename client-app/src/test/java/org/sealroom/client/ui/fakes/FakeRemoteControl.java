package org.sealroom.client.ui.fakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.RemoteControl;
import org.sealroom.client.session.RemoteControlRequest;
import org.sealroom.client.session.RemoteControlStatus;
import org.sealroom.client.session.RemoteInput;

/** Remote control as the UI sees it: the test sets requests and status, and reads what the UI asked for. */
public final class FakeRemoteControl implements RemoteControl {

    private final List<RemoteControlRequest> pending = new CopyOnWriteArrayList<>();
    private final List<String> actions = new CopyOnWriteArrayList<>();
    private final List<RemoteInput> sent = new CopyOnWriteArrayList<>();
    private volatile RemoteControlStatus status = RemoteControlStatus.IDLE;

    public void addRequest(RemoteControlRequest request) {
        pending.add(request);
    }

    public void setStatus(RemoteControlStatus now) {
        status = now;
    }

    public List<String> actions() {
        return List.copyOf(actions);
    }

    public List<RemoteInput> sent() {
        return List.copyOf(sent);
    }

    @Override
    public RemoteControlStatus status() {
        return status;
    }

    @Override
    public List<RemoteControlRequest> pendingRequests() {
        return List.copyOf(pending);
    }

    @Override
    public void requestControl(ParticipantId sharer) {
        actions.add("request " + sharer);
    }

    @Override
    public void sendInput(RemoteInput input) {
        sent.add(input);
    }

    @Override
    public void approve(RemoteControlRequest request) {
        pending.remove(request);
        actions.add("approve " + request.displayName());
    }

    @Override
    public void deny(RemoteControlRequest request) {
        pending.remove(request);
        actions.add("deny " + request.displayName());
    }

    @Override
    public void stopControl() {
        actions.add("stop");
    }
}
