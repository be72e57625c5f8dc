package io.codedelivery.deploycheck;

import io.codedelivery.deploycheck.Workloads.Pod;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The hardening rules every rendered manifest must keep. Each rule returns its violations, one
 * message per offending object (named Kind/name, with the container), and none when it holds.
 * The rules about topology (autoscalers, selectors, partitions, ingress) are in {@link Topology}.
 */
final class Policy {

    /** Container names of our Spring Boot services, probed on their health groups. */
    static final List<String> ACTUATOR_SERVICES = List.of("backend", "simulator");
    static final String CONNECT = "connect";

    private Policy() {
    }

    static List<String> probes(List<HasMetadata> objects) {
        List<String> violations = new ArrayList<>();
        for (Pod pod : Workloads.pods(objects)) {
            if (!pod.longRunning()) {
                continue;
            }
            for (Container c : pod.template().getSpec().getContainers()) {
                String where = pod.id() + " container " + c.getName();
                if (c.getReadinessProbe() == null || c.getLivenessProbe() == null) {
                    violations.add(where + " needs both a readiness and a liveness probe");
                    continue;
                }
                if (ACTUATOR_SERVICES.contains(c.getName())) {
                    expectPath(violations, where, "readiness", c.getReadinessProbe(), "/actuator/health/readiness");
                    expectPath(violations, where, "liveness", c.getLivenessProbe(), "/actuator/health/liveness");
                } else if (CONNECT.equals(c.getName())) {
                    expectPath(violations, where, "readiness", c.getReadinessProbe(), "/");
                    expectPath(violations, where, "liveness", c.getLivenessProbe(), "/");
                }
            }
        }
        return violations;
    }

    private static void expectPath(List<String> violations, String where, String kind, Probe probe, String path) {
        String actual = probe.getHttpGet() == null ? null : probe.getHttpGet().getPath();
        if (!path.equals(actual)) {
            violations.add(where + " " + kind + " probe must be an HTTP GET of " + path + ", is " + describe(probe));
        }
    }

    private static String describe(Probe probe) {
        if (probe.getHttpGet() != null) {
            return "GET " + probe.getHttpGet().getPath();
        }
        return probe.getExec() != null ? "exec" : probe.getTcpSocket() != null ? "tcpSocket" : "empty";
    }

    static List<String> resources(List<HasMetadata> objects) {
        return eachContainer(objects, (pod, c) -> {
            var resources = c.getResources();
            Map<String, Quantity> requests = resources == null || resources.getRequests() == null ? Map.of() : resources.getRequests();
            Map<String, Quantity> limits = resources == null || resources.getLimits() == null ? Map.of() : resources.getLimits();
            List<String> missing = new ArrayList<>();
            for (String name : List.of("cpu", "memory")) {
                if (!requests.containsKey(name)) {
                    missing.add("requests." + name);
                }
                if (!limits.containsKey(name)) {
                    missing.add("limits." + name);
                }
            }
            return missing.isEmpty() ? null : "has no " + String.join(", ", missing);
        });
    }

    static List<String> runAsNonRoot(List<HasMetadata> objects) {
        return eachContainer(objects, (pod, c) -> {
            Boolean own = c.getSecurityContext() == null ? null : c.getSecurityContext().getRunAsNonRoot();
            PodSecurityContext podContext = pod.template().getSpec().getSecurityContext();
            Boolean inherited = podContext == null ? null : podContext.getRunAsNonRoot();
            return Boolean.TRUE.equals(own != null ? own : inherited) ? null : "must set runAsNonRoot: true";
        });
    }

    static List<String> readOnlyRootFilesystem(List<HasMetadata> objects) {
        return eachContainer(objects, (pod, c) -> Boolean.TRUE.equals(context(c).getReadOnlyRootFilesystem())
                ? null : "must set readOnlyRootFilesystem: true (mount an emptyDir where it writes)");
    }

    static List<String> noPrivilegeEscalation(List<HasMetadata> objects) {
        return eachContainer(objects, (pod, c) -> Boolean.FALSE.equals(context(c).getAllowPrivilegeEscalation())
                ? null : "must set allowPrivilegeEscalation: false");
    }

    static List<String> capabilitiesDropped(List<HasMetadata> objects) {
        return eachContainer(objects, (pod, c) -> {
            var capabilities = context(c).getCapabilities();
            boolean dropsAll = capabilities != null && capabilities.getDrop() != null && capabilities.getDrop().contains("ALL");
            boolean addsNone = capabilities == null || capabilities.getAdd() == null || capabilities.getAdd().isEmpty();
            return dropsAll && addsNone ? null : "must drop ALL capabilities and add none";
        });
    }

    static List<String> seccompRuntimeDefault(List<HasMetadata> objects) {
        return eachContainer(objects, (pod, c) -> {
            var own = context(c).getSeccompProfile();
            PodSecurityContext podContext = pod.template().getSpec().getSecurityContext();
            var inherited = podContext == null ? null : podContext.getSeccompProfile();
            var effective = own != null ? own : inherited;
            return effective != null && "RuntimeDefault".equals(effective.getType())
                    ? null : "must run with the seccomp profile RuntimeDefault";
        });
    }

    static List<String> imagesPinnedByTag(List<HasMetadata> objects) {
        return eachContainer(objects, (pod, c) -> {
            String image = c.getImage() == null ? "" : c.getImage();
            if (image.contains("@sha256:")) {
                return null;
            }
            int colon = image.lastIndexOf(':');
            String tag = colon > image.lastIndexOf('/') ? image.substring(colon + 1) : "";
            if (tag.isEmpty()) {
                return "image " + image + " has no tag (pin one; never latest)";
            }
            return "latest".equals(tag) ? "image " + image + " is pinned to latest" : null;
        });
    }

    static List<String> backendDrainsBeforeShutdown(List<HasMetadata> objects) {
        List<String> violations = new ArrayList<>();
        for (Pod pod : Workloads.pods(objects)) {
            for (Container c : pod.template().getSpec().getContainers()) {
                if (!"backend".equals(c.getName())) {
                    continue;
                }
                long sleep = preStopSleepSeconds(c);
                Long grace = pod.template().getSpec().getTerminationGracePeriodSeconds();
                if (sleep < 5) {
                    violations.add(pod.id() + " container backend needs a preStop sleep of at least 5 s, so the endpoints"
                            + " drop the pod before SIGTERM (has " + sleep + " s)");
                }
                if (grace == null || grace < sleep + 45) {
                    violations.add(pod.id() + " needs terminationGracePeriodSeconds of at least the preStop sleep + 45 s"
                            + " for Spring's graceful shutdown (has " + grace + ")");
                }
            }
        }
        return violations;
    }

    private static long preStopSleepSeconds(Container c) {
        if (c.getLifecycle() == null || c.getLifecycle().getPreStop() == null) {
            return 0;
        }
        var preStop = c.getLifecycle().getPreStop();
        if (preStop.getSleep() != null && preStop.getSleep().getSeconds() != null) {
            return preStop.getSleep().getSeconds();
        }
        if (preStop.getExec() != null && preStop.getExec().getCommand() != null) {
            List<String> command = preStop.getExec().getCommand();
            int at = command.indexOf("sleep");
            if (at >= 0 && at + 1 < command.size() && command.get(at + 1).matches("\\d+")) {
                return Long.parseLong(command.get(at + 1));
            }
        }
        return 0;
    }

    private static SecurityContext context(Container c) {
        return c.getSecurityContext() == null ? new SecurityContext() : c.getSecurityContext();
    }

    private static List<String> eachContainer(List<HasMetadata> objects, ContainerRule rule) {
        List<String> violations = new ArrayList<>();
        for (Pod pod : Workloads.pods(objects)) {
            for (Container c : pod.allContainers()) {
                String problem = rule.check(pod, c);
                if (problem != null) {
                    violations.add(pod.id() + " container " + c.getName() + " " + problem);
                }
            }
        }
        return violations;
    }

    @FunctionalInterface
    private interface ContainerRule {
        String check(Pod pod, Container container);
    }

    /** Every rule by name, for tests that run them all. */
    static Map<String, Function<List<HasMetadata>, List<String>>> all() {
        Map<String, Function<List<HasMetadata>, List<String>>> rules = new java.util.LinkedHashMap<>();
        rules.put("probes", Policy::probes);
        rules.put("resources", Policy::resources);
        rules.put("run-as-non-root", Policy::runAsNonRoot);
        rules.put("read-only-root-filesystem", Policy::readOnlyRootFilesystem);
        rules.put("no-privilege-escalation", Policy::noPrivilegeEscalation);
        rules.put("capabilities-dropped", Policy::capabilitiesDropped);
        rules.put("seccomp-runtime-default", Policy::seccompRuntimeDefault);
        rules.put("images-pinned-by-tag", Policy::imagesPinnedByTag);
        rules.put("backend-drains-before-shutdown", Policy::backendDrainsBeforeShutdown);
        rules.put("autoscalers-target-deployments", Topology::autoscalersTargetDeployments);
        rules.put("selectors-match-pods", Topology::selectorsMatchPods);
        rules.put("secrets-hold-no-credentials", Topology::secretsHoldNoCredentials);
        rules.put("simulator-within-partitions", Topology::simulatorWithinPartitions);
        rules.put("topic-settings-in-one-place", Topology::topicSettingsInOnePlace);
        rules.put("ingress-keeps-websockets-open", Topology::ingressKeepsWebSocketsOpen);
        Objects.requireNonNull(rules);
        return rules;
    }
}
