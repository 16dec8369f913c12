package org.sealroom.client.collab.files;

import java.io.IOException;
import java.nio.channels.FileChannel;

/** Closing a transfer's file when the transfer is over, whatever state it is in. */
final class FileChannels {

    private FileChannels() {
    }

    /** Closes {@code channel} if there is one; returns null so callers can clear their field in one line. */
    static FileChannel closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // closing after the transfer ended: written data was forced already, read-only files lose nothing
            }
        }
        return null;
    }
}
