package io.codedelivery.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.deploycheck.Renders.Render;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every overlay and component combination, rendered by kubectl kustomize and parsed with the fabric8
 * model, keeps every rule. A failure names the render (target/rendered/NAME.yaml) and the object.
 */
class RenderedPolicyTest {

    @Test
    void everyOverlayRendersWithEveryCombinationOfComponents() {
        List<Render> renders = Renders.all();
        int overlays = Renders.directories(Renders.k8sDir().resolve("overlays")).size();
        int combinations = 1 << Renders.optionalComponents().size();
        assertThat(renders).as("renders").hasSizeGreaterThanOrEqualTo(overlays * combinations);
        assertThat(renders).extracting(Render::name).contains("gke", "local", "gke+keda+search-sink", "gke[strimzi-kafka]");
        for (Render render : renders) {
            assertThat(render.objects()).as(render.name() + " has Deployments").anyMatch(Deployment.class::isInstance);
        }
    }

    @Test
    void everyLongRunningContainerIsProbedOnItsHealthGroups() {
        assertHolds(Policy::probes);
    }

    @Test
    void everyContainerRequestsAndLimitsCpuAndMemory() {
        assertHolds(Policy::resources);
    }

    @Test
    void everyContainerRunsAsNonRoot() {
        assertHolds(Policy::runAsNonRoot);
    }

    @Test
    void everyContainerHasAReadOnlyRootFilesystem() {
        assertHolds(Policy::readOnlyRootFilesystem);
    }

    @Test
    void noContainerMayEscalatePrivileges() {
        assertHolds(Policy::noPrivilegeEscalation);
    }

    @Test
    void everyContainerDropsAllCapabilities() {
        assertHolds(Policy::capabilitiesDropped);
    }

    @Test
    void everyContainerRunsWithTheRuntimeDefaultSeccompProfile() {
        assertHolds(Policy::seccompRuntimeDefault);
    }

    @Test
    void everyImageIsPinnedByATagThatIsNotLatest() {
        assertHolds(Policy::imagesPinnedByTag);
    }

    @Test
    void theBackendLeavesTheEndpointsBeforeItStopsAndHasTimeToDrain() {
        assertHolds(Policy::backendDrainsBeforeShutdown);
    }

    @Test
    void everyAutoscalerTargetsADeploymentOfTheSameRender() {
        assertHolds(Topology::autoscalersTargetDeployments);
    }

    @Test
    void everyServiceAndDisruptionBudgetSelectsPodsThatExist() {
        assertHolds(Topology::selectorsMatchPods);
    }

    @Test
    void noSecretCarriesACredential() {
        assertHolds(Topology::secretsHoldNoCredentials);
    }

    @Test
    void theSimulatorNeverScalesAboveThePartitionCount() {
        assertHolds(Topology::simulatorWithinPartitions);
    }

    @Test
    void topicPartitionsAndReplicationComeFromOneConfigMap() {
        assertHolds(Topology::topicSettingsInOnePlace);
    }

    @Test
    void everyIngressKeepsIdleWebSocketsOpen() {
        assertHolds(Topology::ingressKeepsWebSocketsOpen);
    }

    @Test
    void everyOverlayExposesTheBackendThroughAnIngress() {
        for (Render render : Renders.all()) {
            assertThat(Workloads.ofType(render.objects(), Ingress.class))
                    .as(render.name() + ": an Ingress routing to Service/backend")
                    .anyMatch(ingress -> ingress.getSpec().getRules().stream()
                            .flatMap(rule -> rule.getHttp().getPaths().stream())
                            .anyMatch(path -> "backend".equals(path.getBackend().getService().getName())));
        }
    }

    @Test
    void theBackendListensOnAllInterfacesInAPod() {
        for (Render render : Renders.all()) {
            Container backend = container(render, "backend");
            assertThat(Topology.setting(render.objects(), backend, "SERVER_ADDRESS"))
                    .as(render.name() + ": Deployment/backend must set SERVER_ADDRESS=0.0.0.0 (explicit, whatever the image's default)")
                    .isEqualTo("0.0.0.0");
        }
    }

    @Test
    void theBackendsActuatorIsOnAPortNoServiceExposes() {
        for (Render render : Renders.all()) {
            Container backend = container(render, "backend");
            assertThat(Topology.setting(render.objects(), backend, "MANAGEMENT_SERVER_PORT")).as(render.name()).isEqualTo("8091");
            assertThat(backend.getReadinessProbe().getHttpGet().getPort().getStrVal()).as(render.name()).isEqualTo("management");
            assertThat(backend.getLivenessProbe().getHttpGet().getPort().getStrVal()).as(render.name()).isEqualTo("management");
            List<Service> services = render.objects().stream().filter(Service.class::isInstance).map(Service.class::cast)
                    .filter(service -> "backend".equals(service.getMetadata().getName())).toList();
            assertThat(services).as(render.name()).isNotEmpty().allSatisfy(service -> assertThat(service.getSpec().getPorts())
                    .noneSatisfy(port -> assertThat(String.valueOf(port.getTargetPort().getStrVal()) + port.getTargetPort().getIntVal())
                            .containsAnyOf("management", "8091")));
        }
    }

    @Test
    void theBackendAsksWhoIsCallingWithUsersAndKeyFromASecret() {
        for (Render render : Renders.all()) {
            Container backend = container(render, "backend");
            assertThat(Topology.setting(render.objects(), backend, "SECURITY_MODE"))
                    .as(render.name() + ": a pod listens beyond loopback, so it must run signed-in (docs/security.md)")
                    .isEqualTo("signed-in");
            for (String secret : new String[] {"SECURITY_USERS", "SECURITY_SIGNING_KEY"}) {
                assertThat(backend.getEnv()).as(render.name() + ": " + secret + " from the Secret codedelivery-security")
                        .anySatisfy(variable -> {
                            assertThat(variable.getName()).isEqualTo(secret);
                            assertThat(variable.getValueFrom().getSecretKeyRef().getName()).startsWith("codedelivery-security");
                        });
            }
        }
    }

    @Test
    void onConfluentCloudKafkaIsReachedOverSaslSslWithTheKeyFromASecret() {
        for (Render render : Renders.all()) {
            if (!render.name().equals(render.overlay()) || !render.overlay().equals("gke")) {
                continue;
            }
            ConfigMap kafka = Workloads.ofType(render.objects(), ConfigMap.class).stream()
                    .filter(map -> map.getMetadata().getName().startsWith("codedelivery-kafka")).findFirst().orElseThrow();
            assertThat(kafka.getData()).as(render.name() + ": ConfigMap/codedelivery-kafka")
                    .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL").containsEntry("KAFKA_SASL_MECHANISM", "PLAIN")
                    .containsEntry("KAFKA_REPLICATION_FACTOR", "3");
            for (String name : List.of("backend", "simulator")) {
                List<EnvVar> env = container(render, name).getEnv();
                assertThat(env).as(render.name() + ": " + name + " reads the API key from a Secret")
                        .anySatisfy(var -> {
                            assertThat(var.getName()).isEqualTo("KAFKA_API_SECRET");
                            assertThat(var.getValueFrom().getSecretKeyRef().getName()).startsWith("codedelivery-kafka");
                        })
                        .anySatisfy(var -> assertThat(var.getName()).isEqualTo("KAFKA_SASL_JAAS_CONFIG"));
            }
        }
    }

    private static Container container(Render render, String name) {
        return Workloads.deployments(render.objects()).stream()
                .flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().stream())
                .filter(c -> name.equals(c.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(render.name() + " has no container " + name));
    }

    private static void assertHolds(Function<List<HasMetadata>, List<String>> rule) {
        List<String> violations = new ArrayList<>();
        for (Render render : Renders.all()) {
            rule.apply(render.objects()).forEach(v -> violations.add(render.name() + ": " + v));
        }
        assertThat(violations).as("violations (rendered YAML in %s)", Renders.renderDir()).isEmpty();
    }
}
