package org.sealroom.protocol.meeting;

/** A decrypted data message: who sent it (room-local id), its type and its body. */
public record ReceivedData(int sender, DataType type, byte[] body) {}
