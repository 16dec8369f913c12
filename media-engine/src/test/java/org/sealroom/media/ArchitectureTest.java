package org.sealroom.media;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.sealroom.media", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule knowsNothingOfKeysOrWireFormats = noClasses()
            .that().resideInAPackage("org.sealroom.media..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sealroom.crypto..", "org.sealroom.protocol..",
                    "org.sealroom.relay..", "org.sealroom.client..")
            .because("media-engine turns devices into opaque packets and back; protection and the wire format belong"
                    + " to the session layer (client-app), which joins media with E2EE");

    @ArchTest
    static final ArchRule ffmpegStaysInTheCodecPackage = noClasses()
            .that().resideOutsideOfPackage("org.sealroom.media.codec..")
            .should().dependOnClassesThat().resideInAPackage("org.bytedeco..")
            .because("FFmpeg's native types are wrapped once, at the codec edge, into engine types and CodecException");

    @ArchTest
    static final ArchRule webrtcStaysBehindTheGuardedEntryPoints = noClasses()
            .that().resideOutsideOfPackages("org.sealroom.media.device..", "org.sealroom.media.audio..")
            .should().dependOnClassesThat().resideInAPackage("dev.onvoid..")
            .because("every webrtc-java call must go through the guarded device and audio-processing classes, so a"
                    + " missing device gives a status instead of a dead JVM");
}
