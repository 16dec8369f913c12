package org.sealroom.media.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How much room is left where a recording is written, in bytes. */
@FunctionalInterface
public interface FreeSpace {
    long usableBytes() throws IOException;

    /** The usable space of the file store that holds {@code directory}. */
    static FreeSpace of(Path directory) {
        return () -> Files.getFileStore(directory).getUsableSpace();
    }
}
