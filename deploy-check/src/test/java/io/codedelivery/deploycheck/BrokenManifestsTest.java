package io.codedelivery.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule rejects a tiny manifest that breaks it (src/test/resources/broken/RULE.yaml), naming the
 * offending object, so a rule that silently stopped checking anything would fail here.
 */
class BrokenManifestsTest {

    static Stream<String> rules() {
        return Policy.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleRejectsItsBrokenFixtureNamingTheObject(String rule) {
        List<HasMetadata> objects = Manifests.parse(fixture(rule));
        List<String> violations = Policy.all().get(rule).apply(objects);
        assertThat(violations).as("violations of %s in broken/%s.yaml", rule, rule).isNotEmpty();
        assertThat(violations).as("the violations name the broken object").anyMatch(v -> v.contains("broken-"));
    }

    @Test
    void everyRuleHasABrokenFixture() {
        assertThat(Policy.all().keySet()).allSatisfy(rule -> assertThat(fixture(rule).toFile()).exists());
    }

    @Test
    void brokenFixturesParseAsTheModelsKinds() {
        List<HasMetadata> objects = Manifests.parse(fixture("ingress-keeps-websockets-open"));
        assertThat(objects).extracting(HasMetadata::getKind).containsExactly("Deployment", "Service", "BackendConfig", "Ingress", "Ingress");
        assertThat(objects.get(0)).isInstanceOf(io.fabric8.kubernetes.api.model.apps.Deployment.class);
        assertThat(objects.get(2)).isInstanceOf(io.fabric8.kubernetes.api.model.GenericKubernetesResource.class);
    }

    @Test
    void aSecretMayHoldPlaceholdersAndPasswordlessUrisOnly() {
        assertThat(Topology.isPlaceholder("")).isTrue();
        assertThat(Topology.isPlaceholder("CHANGE_ME")).isTrue();
        assertThat(Topology.isPlaceholder("mongodb+srv://CHANGE_ME:CHANGE_ME@CHANGE_ME.mongodb.net/codedelivery")).isTrue();
        assertThat(Topology.isPlaceholder("mongodb://mongodb:27017/codedelivery")).isTrue();
        assertThat(Topology.isPlaceholder("mongodb+srv://app:hunter2@cluster0.mongodb.net/codedelivery")).isFalse();
        assertThat(Topology.isPlaceholder("s3cr3t-value")).isFalse();
    }

    private static Path fixture(String rule) {
        try {
            return Path.of(Objects.requireNonNull(BrokenManifestsTest.class.getResource("/broken/" + rule + ".yaml"),
                    "src/test/resources/broken/" + rule + ".yaml is missing").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
