package org.sealroom.protocol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.sealroom.protocol", importOptions = ImportOption.DoNotIncludeTests.class)
class ProtocolArchitectureTest {

    @ArchTest
    static final ArchRule transportHoldsNoEndToEndKeys = noClasses()
            .that().resideInAnyPackage("org.sealroom.protocol.wire..", "org.sealroom.protocol.control..",
                    "org.sealroom.protocol.transport..")
            .should().dependOnClassesThat().resideInAPackage("org.sealroom.crypto..")
            .because("the transport carries opaque end-to-end payloads; its hop key authenticates datagrams to the "
                    + "relay and is no end-to-end key, so it must not reach into crypto-core");

    @ArchTest
    static final ArchRule transportKnowsNothingOfMeetings = noClasses()
            .that().resideInAnyPackage("org.sealroom.protocol.wire..", "org.sealroom.protocol.control..",
                    "org.sealroom.protocol.transport..")
            .should().dependOnClassesThat().resideInAPackage("org.sealroom.protocol.meeting..")
            .because("the meeting layer builds on the transport, never the other way round");
}
