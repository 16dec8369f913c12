package org.sealroom.client.collab.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a name a peer offered into one that is safe to save on any of our platforms: one path component (no
 * directories, no traversal), no control or reserved characters, not hidden, not a Windows device name, not too
 * long — and never overwrites an existing file.
 */
final class SafeFileName {

    private static final int MAX_BYTES = 200;
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}<>:\"/\\\\|?*\\p{Zl}\\p{Zp}\\u200E\\u200F"
            + "\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
            "LPT8", "LPT9");

    private SafeFileName() {
    }

    /** The offered name made safe; never empty. */
    static String sanitise(String offered) {
        String last = offered.substring(Math.max(offered.lastIndexOf('/'), offered.lastIndexOf('\\')) + 1);
        String name = UNSAFE.matcher(last).replaceAll("_").strip();
        name = name.replaceFirst("^[.\\s]+", "").replaceFirst("[.\\s]+$", "");
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (WINDOWS_DEVICES.contains(stem.toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        name = truncate(name);
        return name.isEmpty() ? "file" : name;
    }

    /**
     * Moves {@code source} into {@code directory} under {@code name}, or "name (2).ext", "name (3).ext" … when that
     * exists: never replaces a file. Returns where it went.
     */
    static Path moveWithoutOverwrite(Path source, Path directory, String name) throws IOException {
        String stem = stem(name);
        String extension = name.substring(stem.length());
        for (int n = 1; n < 10_000; n++) {
            Path target = directory.resolve(n == 1 ? name : stem + " (" + n + ")" + extension);
            if (!target.normalize().getParent().equals(directory.normalize())) {
                throw new IOException("refusing to save outside the downloads folder");
            }
            try {
                Files.createFile(target); // O_EXCL: claims the name, or fails if anything has it
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            try {
                return Files.move(source, target, StandardCopyOption.REPLACE_EXISTING); // replaces only our claim
            } catch (IOException e) {
                Files.deleteIfExists(target); // our empty claim, not a file of the user's
                throw e;
            }
        }
        throw new IOException("too many files named " + name + " in " + directory);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.length() - dot <= 10 ? name.substring(0, dot) : name;
    }

    private static String truncate(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        String stem = stem(name);
        String extension = name.substring(stem.length());
        StringBuilder out = new StringBuilder();
        int budget = MAX_BYTES - extension.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            budget -= ch.getBytes(StandardCharsets.UTF_8).length;
            if (budget < 0) {
                break;
            }
            out.append(ch);
            i += Character.charCount(cp);
        }
        return out + extension;
    }
}
