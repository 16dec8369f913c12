package org.sealroom.crypto.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.sealroom.crypto", importOptions = ImportOption.DoNotIncludeTests.class)
class CryptoCoreArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnTheJdkAndBouncyCastle = classes()
            .that().resideInAPackage("org.sealroom.crypto..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "org.bouncycastle..",
                    "org.sealroom.crypto..")
            .because("crypto-core is the bottom of the dependency graph and must stay small enough to audit");

    @ArchTest
    static final ArchRule knowsNoOtherSealroomModule = noClasses()
            .that().resideInAPackage("org.sealroom.crypto..")
            .should().dependOnClassesThat(resideInAPackage("org.sealroom..")
                    .and(resideOutsideOfPackage("org.sealroom.crypto..")))
            .because("dependencies run one way: crypto-core <- protocol <- relay");

    @ArchTest
    static final ArchRule usesNeitherNettyNorJackson = noClasses()
            .that().resideInAPackage("org.sealroom.crypto..")
            .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "com.fasterxml.jackson..")
            .because("transport and wire formats belong to protocol; crypto-core handles bytes and keys only");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.sealroom.crypto.(*)..")
            .should().beFreeOfCycles()
            .because("each package (identity, hpke, epoch, sframe, code) builds on lower ones only");
}
