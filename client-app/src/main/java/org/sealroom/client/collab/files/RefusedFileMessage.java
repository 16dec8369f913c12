package org.sealroom.client.collab.files;

/** Input from a peer that breaks the file-transfer rules: counted under {@code reason} and reported. */
final class RefusedFileMessage extends Exception {

    final String reason;

    RefusedFileMessage(String reason, String message) {
        super(message);
        this.reason = reason;
    }
}
