package io.codedelivery.backend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.codedelivery.backend", importOptions = ImportOption.DoNotIncludeTests.class)
class BackendArchitectureTest {

    @ArchTest
    static final ArchRule onlyMessagingTalksToKafka = noClasses()
            .that().resideOutsideOfPackage("..messaging..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
            .because("features publish and consume through the messaging package's small types");

    @ArchTest
    static final ArchRule topicsAreCreatedByTheSharedTopicBootstrapOnly = noClasses()
            .should().callMethod(org.apache.kafka.clients.admin.Admin.class, "createTopics", java.util.Collection.class)
            .orShould().callMethod(org.apache.kafka.clients.admin.Admin.class, "createTopics", java.util.Collection.class,
                    org.apache.kafka.clients.admin.CreateTopicsOptions.class)
            .because("both services create topics with one piece of code: topics/TopicBootstrap");

    @ArchTest
    static final ArchRule mongoStaysInRepositories = noClasses()
            .that().haveSimpleNameNotEndingWith("Repository").and().haveSimpleNameNotEndingWith("Catalogue")
            .and().resideOutsideOfPackage("..storage..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..")
            .because("database documents never leave their feature's repository");

    @ArchTest
    static final ArchRule routesKnowNoOtherFeature = noClasses()
            .that().resideInAPackage("..route..")
            .should().dependOnClassesThat().resideInAnyPackage("..delivery..", "..tracking..", "..viewer..");

    @ArchTest
    static final ArchRule trackingKnowsNoViewerNorDelivery = noClasses()
            .that().resideInAPackage("..tracking..")
            .should().dependOnClassesThat().resideInAnyPackage("..viewer..", "..delivery..", "..route..");

    @ArchTest
    static final ArchRule domainRecordsAreFreeOfSpringWeb = noClasses()
            .that().haveSimpleNameEndingWith("Route").or().haveSimpleNameEndingWith("Delivery")
            .or().haveSimpleNameEndingWith("LiveFleet")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..");

    @ArchTest
    static final ArchRule featuresDoNotReachBackIntoTheWebLayer = noClasses()
            .that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("io.codedelivery.backend.web..");
}
