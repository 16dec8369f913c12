package org.sealroom.protocol.meeting;

import org.sealroom.crypto.code.SecurityCode;
import org.sealroom.crypto.epoch.Epoch;

/** What a member shows for the epoch it just installed. */
public record EpochView(Epoch epoch, Roster roster, SecurityCode securityCode, int ownId) {

    public RosterMember host() {
        return roster.withRole(MemberRole.HOST).orElseThrow();
    }
}
