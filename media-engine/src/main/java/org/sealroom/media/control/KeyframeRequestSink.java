package org.sealroom.media.control;

/**
 * Where a receiver's keyframe requests go: the session layer sends each as a protected control message to the sender
 * of {@code streamId}, whose video send stream then calls {@code requestKeyframe()}.
 */
@FunctionalInterface
public interface KeyframeRequestSink {
    void requestKeyframe(int streamId);
}
