package io.codedelivery.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import io.codedelivery.contracts.Topics;
import io.codedelivery.simulator.driving.DrivingMetrics;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SimulatorArchitectureTest {
    private static final JavaClasses SIMULATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.codedelivery.simulator");

    @Test
    void theTopologyIsPlainKafkaStreamsWithoutSpring() {
        noClasses().that().resideInAPackage("..simulator.driving..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(SIMULATOR);
    }

    @Test
    void theTopologyReportsThroughItsOwnMetricsInterfaceNotMicrometer() {
        noClasses().that().resideInAPackage("..simulator.driving..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micrometer..")
                .check(SIMULATOR);
        classes().that().implement(DrivingMetrics.class).and().resideOutsideOfPackage("..simulator.driving..")
                .should().resideInAPackage("..simulator.streams..")
                .check(SIMULATOR);
    }

    @Test
    void drivingDoesNotReachIntoTheSpringRuntime() {
        noClasses().that().resideInAPackage("..simulator.driving..")
                .should().dependOnClassesThat().resideInAnyPackage("..simulator.streams..")
                .check(SIMULATOR);
    }

    @Test
    void topicNamesComeFromTheContracts() {
        classes().that().haveSimpleName("SimulatorTopology")
                .should().dependOnClassesThat().belongToAnyOf(Topics.class)
                .check(SIMULATOR);
    }

    @Test
    void topicsAreCreatedByTheSharedTopicBootstrapOnly() {
        noClasses().should().callMethod(org.apache.kafka.clients.admin.Admin.class, "createTopics",
                        java.util.Collection.class)
                .orShould().callMethod(org.apache.kafka.clients.admin.Admin.class, "createTopics",
                        java.util.Collection.class, org.apache.kafka.clients.admin.CreateTopicsOptions.class)
                .check(SIMULATOR);
        classes().that().haveSimpleName("SimulatorStreams")
                .should().dependOnClassesThat().belongToAnyOf(io.codedelivery.topics.TopicBootstrap.class)
                .check(SIMULATOR);
    }

    @Test
    void noContractTypeIsDeclaredAgain() {
        Set<String> contractNames = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.codedelivery.contracts").stream()
                .map(JavaClass::getSimpleName)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());

        noClasses().should(ArchConditions.be(DescribedPredicate.<JavaClass>describe(
                        "named like a contracts type", javaClass -> contractNames.contains(javaClass.getSimpleName()))))
                .check(SIMULATOR);
    }
}
