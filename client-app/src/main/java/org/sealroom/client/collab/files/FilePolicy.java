package org.sealroom.client.collab.files;

import java.nio.file.Path;
import org.sealroom.client.settings.UserFolder;

/**
 * How this participant handles files.
 *
 * @param downloadDirectory where accepted files are saved
 * @param maxFileBytes the largest file it sends or accepts
 * @param autoAccept accept every offer within the limit without asking (the headless client with --download-dir)
 */
public record FilePolicy(Path downloadDirectory, long maxFileBytes, boolean autoAccept) {

    public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;

    public FilePolicy {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("the file size limit must be positive");
        }
    }

    /** The user's downloads folder, the default limit, asking before each file. */
    public static FilePolicy defaults() {
        return new FilePolicy(UserFolder.DOWNLOADS.forUser(), DEFAULT_MAX_FILE_BYTES, false);
    }
}
