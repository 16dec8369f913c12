package org.sealroom.protocol.meeting;

/** A member's role in a roster; the code is its wire value. */
public enum MemberRole {
    MEMBER(0),
    HOST(1),
    COHOST(2);

    private final int code;

    MemberRole(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    static MemberRole of(int code) {
        for (MemberRole role : values()) {
            if (role.code == code) {
                return role;
            }
        }
        throw new MalformedMeetingMessageException("unknown member role " + code);
    }
}
