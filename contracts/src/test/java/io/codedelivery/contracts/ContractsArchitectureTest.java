package io.codedelivery.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.codedelivery.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractsArchitectureTest {

    @ArchTest
    static final ArchRule contractsArePlainJavaAndJackson = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "tools.jackson..", "com.fasterxml.jackson.annotation..",
                    "io.codedelivery.contracts..")
            .because("contracts are shared by every part: no Spring, no Kafka client, nothing else of ours");
}
