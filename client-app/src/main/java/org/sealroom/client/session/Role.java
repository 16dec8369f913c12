package org.sealroom.client.session;

public enum Role {
    HOST,
    COHOST,
    MEMBER
}
