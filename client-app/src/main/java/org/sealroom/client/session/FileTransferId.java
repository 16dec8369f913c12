package org.sealroom.client.session;

/** Identifies one file transfer between two participants (a random UUID chosen by the sender). */
public record FileTransferId(String value) {}
