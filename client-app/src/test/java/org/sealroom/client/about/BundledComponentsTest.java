package org.sealroom.client.about;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.Channel;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import javafx.application.Application;
import org.bouncycastle.crypto.Digest;
import org.junit.jupiter.api.Test;

class BundledComponentsTest {

    @Test
    void everyRuntimeDependencyOfThisBuildHasALicence() throws IOException {
        List<BundledComponent> components = BundledComponents.all();

        // The jars these tests run with are the app's runtime dependencies (plus test ones).
        String loadedFrom = String.join(" ", codeSource(Application.class), codeSource(Channel.class),
                codeSource(Digest.class));
        assertThat(loadedFrom).contains("javafx-graphics", "netty-transport", "bcprov");
        assertThat(components).extracting(BundledComponent::name).contains("OpenJFX", "Netty", "Bouncy Castle",
                "Jackson", "webrtc-java (with libwebrtc, BSD-3-Clause)", "JavaCPP", "AtlantaFX", "Ikonli (with Google Material icons, Apache-2.0)",
                "picocli", "Logback", "SLF4J", "Java runtime (OpenJDK, Eclipse Temurin; installers only)");
        assertThat(components).filteredOn(c -> c.name().equals("OpenJFX")).singleElement()
                .satisfies(c -> {
                    assertThat(c.licence()).isEqualTo("GPL-2.0-with-classpath-exception");
                    assertThat(loadedFrom).contains("javafx-graphics-" + c.version());
                });
        assertThat(components).filteredOn(c -> c.name().startsWith("FFmpeg")).singleElement()
                .satisfies(c -> assertThat(c.licence()).startsWith("LGPL-2.1-or-later"));
        assertThat(components).allSatisfy(c -> assertThat(c.licence()).isNotBlank());
    }

    private static String codeSource(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath();
    }

    @Test
    void aDependencyWithoutALicenceEntryIsAnError() {
        Properties licences = new Properties();
        licences.setProperty("io.netty", "Netty | Apache-2.0");
        String list = """
                The following files have been resolved:
                   io.netty:netty-common:jar:4.2.18.Final -- module io.netty.common
                   io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.2.18.Final -- module io.netty.transport.epoll
                   com.example:mystery:jar:1.0 -- module mystery [auto]
                """;

        assertThatThrownBy(() -> BundledComponents.of(list, licences)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("com.example:mystery");
    }

    @Test
    void artifactsOfOneProjectMakeOneEntryWithItsVersion() {
        Properties licences = new Properties();
        licences.setProperty("io.netty", "Netty | Apache-2.0");
        licences.setProperty("org.bytedeco:javacpp", "JavaCPP | Apache-2.0");
        licences.setProperty("extra.1", "Inter typeface | OFL-1.1");
        String list = """
                   io.netty:netty-common:jar:4.2.18.Final -- module io.netty.common
                   io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.2.18.Final -- module x
                   org.bytedeco:javacpp:jar:linux-x86_64:1.5.12 -- module org.bytedeco.javacpp.linux.x86_64
                """;

        assertThat(BundledComponents.of(list, licences)).containsExactly(
                new BundledComponent("Netty", "4.2.18.Final", "Apache-2.0"),
                new BundledComponent("JavaCPP", "1.5.12", "Apache-2.0"),
                new BundledComponent("Inter typeface", "", "OFL-1.1"));
    }
}
