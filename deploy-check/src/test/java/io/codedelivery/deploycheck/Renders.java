package io.codedelivery.deploycheck;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Every overlay with every combination of the optional components, rendered by `kubectl kustomize`.
 * Each combination is rendered from a copy of deploy/k8s under target/rendered/NAME/ in which the
 * overlay's components list is extended, exactly as a user would edit it: optional components go
 * before the overlay's Kafka component, and an overlay on Confluent Cloud is also rendered with
 * strimzi-kafka in its place. Real *.env files are never copied; the *.env.example placeholders are.
 * The rendered YAML is kept as target/rendered/NAME.yaml.
 */
final class Renders {

    static final Set<String> KAFKA_COMPONENTS = Set.of("confluent-cloud", "strimzi-kafka");
    private static final Pattern KAFKA_LINE = Pattern.compile("(?m)^(\\s*)- \\.\\./\\.\\./components/(confluent-cloud|strimzi-kafka)\\s*$");

    record Render(String name, String overlay, List<HasMetadata> objects) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static List<Render> all;
    private static String unavailable;

    private Renders() {
    }

    static Path k8sDir() {
        return Path.of(System.getProperty("codedelivery.k8s.dir", "../deploy/k8s")).toAbsolutePath().normalize();
    }

    static Path renderDir() {
        return Path.of(System.getProperty("codedelivery.render.dir", "target/rendered")).toAbsolutePath().normalize();
    }

    /** Every combination, rendered once per test run; aborts (skips) the calling test, loudly, without kubectl. */
    static synchronized List<Render> all() {
        if (all == null && unavailable == null) {
            Kubectl.Result located = Kubectl.locate(k8sDir());
            if (located.kubectl().isEmpty()) {
                unavailable = "SKIPPED: NO KUBECTL WITH KUSTOMIZE COMPONENTS (v3.7+) COULD BE FOUND OR INSTALLED, so no overlay"
                        + " was rendered and the policy was checked on the raw YAML files only (RawManifestsTest). Tried: "
                        + String.join(" | ", located.tried());
                System.err.println("[deploy-check] " + unavailable);
            } else {
                all = renderAll(located.kubectl().get());
            }
        }
        Assumptions.assumeTrue(all != null, () -> unavailable);
        return all;
    }

    private static List<Render> renderAll(Kubectl kubectl) {
        List<Render> renders = new ArrayList<>();
        for (Path overlay : directories(k8sDir().resolve("overlays"))) {
            String text = Manifests.read(overlay.resolve("kustomization.yaml"));
            Matcher kafka = KAFKA_LINE.matcher(text);
            if (!kafka.find()) {
                throw new AssertionError(overlay + "/kustomization.yaml lists no Kafka component (" + KAFKA_COMPONENTS + ")");
            }
            List<String> kafkaChoices = new ArrayList<>(List.of(kafka.group(2)));
            if (!kafka.group(2).equals("strimzi-kafka")) {
                kafkaChoices.add("strimzi-kafka");
            }
            for (String kafkaChoice : kafkaChoices) {
                for (List<String> optional : subsets(optionalComponents())) {
                    String name = overlay.getFileName() + (kafkaChoice.equals(kafka.group(2)) ? "" : "[" + kafkaChoice + "]")
                            + optional.stream().map(c -> "+" + c).reduce("", String::concat);
                    renders.add(render(kubectl, name, overlay.getFileName().toString(), kafka, text, kafkaChoice, optional));
                }
            }
        }
        return List.copyOf(renders);
    }

    private static Render render(Kubectl kubectl, String name, String overlay, Matcher kafka, String text,
            String kafkaChoice, List<String> optional) {
        Path copy = renderDir().resolve(name).resolve("k8s");
        delete(renderDir().resolve(name));
        copyTree(k8sDir(), copy);
        String indent = kafka.group(1);
        StringBuilder lines = new StringBuilder();
        for (String component : optional) {
            lines.append(indent).append("- ../../components/").append(component).append('\n');
        }
        lines.append(indent).append("- ../../components/").append(kafkaChoice);
        String edited = text.substring(0, kafka.start()) + lines + text.substring(kafka.end());
        Path overlayDir = copy.resolve("overlays").resolve(overlay);
        write(overlayDir.resolve("kustomization.yaml"), edited);
        String yaml = kubectl.kustomize(overlayDir);
        write(renderDir().resolve(name + ".yaml"), yaml);
        return new Render(name, overlay, Manifests.parse(yaml));
    }

    static List<String> optionalComponents() {
        return directories(k8sDir().resolve("components")).stream().map(p -> p.getFileName().toString())
                .filter(name -> !KAFKA_COMPONENTS.contains(name)).sorted().toList();
    }

    private static List<List<String>> subsets(List<String> items) {
        List<List<String>> subsets = new ArrayList<>();
        for (int mask = 0; mask < 1 << items.size(); mask++) {
            List<String> subset = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(items.get(i));
                }
            }
            subsets.add(subset);
        }
        return subsets;
    }

    static List<Path> directories(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the tree without real env files, and makes each NAME.env from its NAME.env.example. */
    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                String fileName = source.getFileName().toString();
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (fileName.endsWith(".env.example")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    Files.copy(source, target.resolveSibling(fileName.substring(0, fileName.length() - ".example".length())),
                            StandardCopyOption.REPLACE_EXISTING);
                } else if (!fileName.endsWith(".env")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
