package org.sealroom.client.recording;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Default names of recordings: "Sealroom 2026-11-29 14-05 Team meeting.webm", never replacing an existing file. */
final class RecordingFiles {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH-mm");
    private static final int MAX_TITLE_CHARS = 80;

    private RecordingFiles() {
    }

    static Path defaultFile(Path folder, String meetingTitle, LocalDateTime now) {
        String stem = ("Sealroom " + DATE.format(now) + " " + safe(meetingTitle)).strip();
        Path file = folder.resolve(stem + ".webm");
        for (int n = 2; Files.exists(file) || Files.exists(ChatSubtitles.sideFile(file)); n++) {
            file = folder.resolve(stem + " (" + n + ").webm");
        }
        return file;
    }

    /** The title without characters that some file systems refuse (and no path separators), bounded in length. */
    static String safe(String title) {
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        cleaned = cleaned.replaceAll("^\\.+", "");
        return cleaned.length() > MAX_TITLE_CHARS ? cleaned.substring(0, MAX_TITLE_CHARS).strip() : cleaned;
    }
}
