package org.sealroom.client.collab.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeFileNameTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "report.pdf => report.pdf",
        "../../etc/passwd => passwd",
        "..\\..\\Windows\\System32\\evil.dll => evil.dll",
        "/absolute/path.txt => path.txt",
        ".bashrc => bashrc",
        "... => file",
        "'  ' => file",
        "CON => _CON",
        "nul.txt => _nul.txt",
        "a<b>c:d\"e|f?g*h.txt => a_b_c_d_e_f_g_h.txt",
        "trailing dots... => trailing dots",
        "line\tbreak.txt => line_break.txt",
        "invoice\u202Efdp.exe => invoice_fdp.exe"
    })
    void hostileNamesBecomeOneSafeComponent(String offered, String expected) {
        assertThat(SafeFileName.sanitise(offered)).isEqualTo(expected);
    }

    @Test
    void longNamesAreCutToTwoHundredBytesKeepingTheExtensionAndWholeCharacters() {
        String name = "\u00e9".repeat(300) + ".pdf";
        String safe = SafeFileName.sanitise(name);
        assertThat(safe).endsWith(".pdf");
        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
        assertThat(safe).doesNotContain("\uFFFD");
    }

    @Test
    void savingNeverReplacesAnExistingFile() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.writeString(dir.resolve("notes (2).txt"), "also mine");
        Path part = Files.writeString(dir.resolve(".part"), "theirs");
        Path saved = SafeFileName.moveWithoutOverwrite(part, dir, "notes.txt");
        assertThat(saved).isEqualTo(dir.resolve("notes (3).txt"));
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(Files.readString(saved)).isEqualTo("theirs");
    }

    @Test
    void aFailedSaveLeavesNoEmptyFileBehind() throws Exception {
        Path vanished = dir.resolve("gone.part"); // the partial download is no longer there to move
        assertThatThrownBy(() -> SafeFileName.moveWithoutOverwrite(vanished, dir, "report.pdf"))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(dir.resolve("report.pdf")).doesNotExist();
    }
}
