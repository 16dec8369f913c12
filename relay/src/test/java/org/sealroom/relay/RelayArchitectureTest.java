package org.sealroom.relay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.sealroom.relay", importOptions = ImportOption.DoNotIncludeTests.class)
class RelayArchitectureTest {

    @ArchTest
    static final ArchRule relayHoldsNoKeys = noClasses().that().resideInAPackage("org.sealroom.relay..")
            .should().dependOnClassesThat().resideInAPackage("org.sealroom.crypto..")
            .because("the relay is untrusted: it forwards ciphertext and must never hold or use an end-to-end key");

    @ArchTest
    static final ArchRule relayReadsOnlyRoutingHeaders = noClasses().that().resideInAPackage("org.sealroom.relay..")
            .should().dependOnClassesThat().resideInAPackage("org.sealroom.protocol.meeting..")
            .because("the relay reads routing headers only; meeting messages are end-to-end payloads to it");
}
