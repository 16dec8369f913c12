package org.sealroom.protocol.control;

/** How media travels between a client and the relay. */
public enum MediaPath {
    /** Not decided yet: media goes over the TLS connection until UDP is confirmed. */
    PENDING,
    /** UDP datagrams authenticated with the connection's hop key. */
    UDP,
    /** Media frames over the TLS connection, because UDP does not get through. */
    TCP
}
