package io.codedelivery.deploycheck;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Kubernetes objects parsed with the fabric8 model; kinds it does not know (CRDs) are generic maps. */
final class Manifests {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Manifests() {
    }

    /** Every object of a multi-document YAML text, in order. */
    static List<HasMetadata> parse(String yaml) {
        Object parsed = SERIALIZATION.unmarshal(yaml);
        if (parsed == null) {
            return List.of();
        }
        if (parsed instanceof KubernetesList list) {
            return List.copyOf(list.getItems());
        }
        if (parsed instanceof List<?> list) {
            return list.stream().filter(Objects::nonNull).map(HasMetadata.class::cast).toList();
        }
        return List.of((HasMetadata) parsed);
    }

    static List<HasMetadata> parse(Path file) {
        return parse(read(file));
    }

    /** A YAML document as plain maps and lists (kustomization files, JSON patches). */
    static Object tree(String yaml) {
        return SERIALIZATION.unmarshal(yaml, Object.class);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Kind/name" for messages. */
    static String id(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getName();
    }

    /** A value at a path of map keys in a CRD's generic content, or null. */
    static Object at(GenericKubernetesResource resource, String... path) {
        Object current = resource.getAdditionalProperties();
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }
}
