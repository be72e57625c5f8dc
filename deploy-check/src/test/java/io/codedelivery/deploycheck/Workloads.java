package io.codedelivery.deploycheck;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The pods that a render would run: each workload's pod template and its containers. */
final class Workloads {

    record Pod(HasMetadata owner, PodTemplateSpec template, boolean longRunning) {
        String id() {
            return Manifests.id(owner);
        }

        /** Init containers and containers alike. */
        List<Container> allContainers() {
            List<Container> all = new ArrayList<>();
            if (template.getSpec().getInitContainers() != null) {
                all.addAll(template.getSpec().getInitContainers());
            }
            all.addAll(template.getSpec().getContainers());
            return all;
        }
    }

    private Workloads() {
    }

    static List<Pod> pods(List<HasMetadata> objects) {
        return objects.stream().flatMap(object -> switch (object) {
            case Deployment d -> Stream.of(new Pod(d, d.getSpec().getTemplate(), true));
            case StatefulSet s -> Stream.of(new Pod(s, s.getSpec().getTemplate(), true));
            case DaemonSet d -> Stream.of(new Pod(d, d.getSpec().getTemplate(), true));
            case Job j -> Stream.of(new Pod(j, j.getSpec().getTemplate(), false));
            case CronJob c -> Stream.of(new Pod(c, c.getSpec().getJobTemplate().getSpec().getTemplate(), false));
            default -> Stream.empty();
        }).toList();
    }

    static List<Deployment> deployments(List<HasMetadata> objects) {
        return objects.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast).toList();
    }

    static <T extends HasMetadata> List<T> ofType(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<io.fabric8.kubernetes.api.model.GenericKubernetesResource> ofKind(List<HasMetadata> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.getKind()))
                .filter(io.fabric8.kubernetes.api.model.GenericKubernetesResource.class::isInstance)
                .map(io.fabric8.kubernetes.api.model.GenericKubernetesResource.class::cast).toList();
    }
}
