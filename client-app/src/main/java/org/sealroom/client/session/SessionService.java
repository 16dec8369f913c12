package org.sealroom.client.session;

/** Starts meetings. One per application; front ends get it injected. */
public interface SessionService {

    /** Hosts a new meeting; with no relay configured, on an embedded relay on localhost. */
    MeetingSession host(HostOptions options) throws SessionException;

    /** Joins by link or by meeting number and password. */
    MeetingSession join(JoinOptions options) throws SessionException;
}
