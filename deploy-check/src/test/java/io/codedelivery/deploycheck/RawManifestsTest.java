package io.codedelivery.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks that need no kubectl, so they run even where none can be installed: every YAML file under
 * deploy/k8s parses, every path a kustomization names exists, the complete workloads in the files
 * are hardened, and no committed file holds a credential.
 */
class RawManifestsTest {

    private static final List<String> PATH_LISTS = List.of("resources", "components");

    @Test
    void everyManifestParsesWithTheKubernetesModel() {
        for (Path file : yamlFiles()) {
            if (isKustomization(file) || isJsonPatch(file)) {
                assertThat(Manifests.tree(Manifests.read(file))).as(file.toString()).isNotNull();
                continue;
            }
            List<HasMetadata> objects = Manifests.parse(file);
            assertThat(objects).as(file + " holds Kubernetes objects").isNotEmpty()
                    .allSatisfy(o -> assertThat(o.getMetadata().getName()).as(file + ": every object is named").isNotBlank());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPathAKustomizationNamesExists() {
        List<String> missing = new ArrayList<>();
        for (Path file : yamlFiles()) {
            if (!isKustomization(file)) {
                continue;
            }
            Map<String, Object> kustomization = (Map<String, Object>) Manifests.tree(Manifests.read(file));
            List<String> paths = new ArrayList<>();
            PATH_LISTS.forEach(key -> paths.addAll((List<String>) kustomization.getOrDefault(key, List.of())));
            for (Map<String, Object> patch : (List<Map<String, Object>>) kustomization.getOrDefault("patches", List.of())) {
                if (patch.get("path") != null) {
                    paths.add((String) patch.get("path"));
                }
            }
            for (String key : List.of("configMapGenerator", "secretGenerator")) {
                for (Map<String, Object> generator : (List<Map<String, Object>>) kustomization.getOrDefault(key, List.of())) {
                    paths.addAll((List<String>) generator.getOrDefault("files", List.of()));
                    // env files are gitignored: their committed .example must exist instead
                    ((List<String>) generator.getOrDefault("envs", List.of())).forEach(env -> paths.add(env + ".example"));
                }
            }
            for (String path : paths) {
                if (!Files.exists(file.getParent().resolve(path))) {
                    missing.add(file + " names " + path);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theCompleteWorkloadsInTheFilesAreHardened() {
        List<HasMetadata> objects = new ArrayList<>();
        for (Path file : yamlFiles()) {
            if (!isKustomization(file) && !isJsonPatch(file) && !isStrategicPatch(file)) {
                objects.addAll(Manifests.parse(file));
            }
        }
        assertThat(Workloads.pods(objects)).as("workloads found in the raw files").hasSizeGreaterThanOrEqualTo(4);
        List<String> violations = new ArrayList<>();
        for (Function<List<HasMetadata>, List<String>> rule : List.<Function<List<HasMetadata>, List<String>>>of(
                Policy::probes, Policy::resources, Policy::runAsNonRoot, Policy::readOnlyRootFilesystem,
                Policy::noPrivilegeEscalation, Policy::capabilitiesDropped, Policy::seccompRuntimeDefault,
                Policy::backendDrainsBeforeShutdown, Topology::secretsHoldNoCredentials)) {
            violations.addAll(rule.apply(objects));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void envFilesAreIgnoredAndTheirExamplesHoldOnlyPlaceholders() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.walk(Renders.k8sDir())) {
            examples = files.filter(p -> p.getFileName().toString().endsWith(".env.example")).toList();
        }
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            Path ignore = example.resolveSibling(".gitignore");
            assertThat(ignore).as("a .gitignore beside " + example).exists();
            assertThat(Files.readAllLines(ignore)).as(ignore.toString()).contains("*.env");
            for (String line : Files.readAllLines(example)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String value = line.substring(line.indexOf('=') + 1);
                assertThat(Topology.isPlaceholder(value)).as(example + ": " + line.substring(0, line.indexOf('=')) + " is a placeholder").isTrue();
            }
        }
    }

    private static boolean isKustomization(Path file) {
        return file.getFileName().toString().equals("kustomization.yaml");
    }

    private static boolean isJsonPatch(Path file) {
        return Manifests.read(file).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst()
                .map(l -> l.startsWith("- op:")).orElse(false);
    }

    /** A partial object that a kustomization names under patches: path. */
    private static boolean isStrategicPatch(Path file) {
        Path kustomization = file.getParent().resolve("kustomization.yaml");
        return Files.exists(kustomization) && Manifests.read(kustomization).contains("path: " + file.getFileName());
    }

    private static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(Renders.k8sDir())) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
