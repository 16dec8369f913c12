package org.sealroom.client.session;

/** Identifies one poll in a meeting (a random UUID chosen by its owner). */
public record PollId(String value) {}
