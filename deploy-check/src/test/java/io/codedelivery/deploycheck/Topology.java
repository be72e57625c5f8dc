package io.codedelivery.deploycheck;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules about how the objects of one render refer to each other. */
final class Topology {

    static final String PARTITIONS = "KAFKA_TOPIC_PARTITIONS";
    static final String REPLICATION = "KAFKA_REPLICATION_FACTOR";
    /** Long enough that a socket idle between keepalives, or open for a while, is never cut by the proxy. */
    static final int WEBSOCKET_TIMEOUT_SECONDS = 3600;
    private static final Pattern BACKEND_CONFIG = Pattern.compile("\"(?:default|[0-9a-z-]+)\"\\s*:\\s*\"([a-z0-9-]+)\"");

    private Topology() {
    }

    static List<String> autoscalersTargetDeployments(List<HasMetadata> objects) {
        Set<String> deployments = names(Workloads.deployments(objects));
        List<String> violations = new ArrayList<>();
        Map<String, List<String>> scalersByTarget = new HashMap<>();
        for (HorizontalPodAutoscaler hpa : Workloads.ofType(objects, HorizontalPodAutoscaler.class)) {
            var ref = hpa.getSpec().getScaleTargetRef();
            if (!"Deployment".equals(ref.getKind()) || !deployments.contains(ref.getName())) {
                violations.add(Manifests.id(hpa) + " targets " + ref.getKind() + "/" + ref.getName()
                        + ", which is not a Deployment of this render " + deployments);
            }
            scalersByTarget.computeIfAbsent(ref.getName(), k -> new ArrayList<>()).add(Manifests.id(hpa));
        }
        for (GenericKubernetesResource scaled : Workloads.ofKind(objects, "ScaledObject")) {
            Object kind = Manifests.at(scaled, "spec", "scaleTargetRef", "kind");
            Object name = Manifests.at(scaled, "spec", "scaleTargetRef", "name");
            if (!(kind == null || "Deployment".equals(kind)) || !deployments.contains(String.valueOf(name))) {
                violations.add(Manifests.id(scaled) + " targets " + (kind == null ? "Deployment" : kind) + "/" + name
                        + ", which is not a Deployment of this render " + deployments);
            }
            scalersByTarget.computeIfAbsent(String.valueOf(name), k -> new ArrayList<>()).add(Manifests.id(scaled));
        }
        scalersByTarget.forEach((target, scalers) -> {
            if (scalers.size() > 1) {
                violations.add("Deployment/" + target + " has more than one autoscaler, which would fight: " + scalers);
            }
        });
        return violations;
    }

    static List<String> selectorsMatchPods(List<HasMetadata> objects) {
        List<Map<String, String>> podLabels = Workloads.pods(objects).stream()
                .filter(Workloads.Pod::longRunning)
                .map(pod -> pod.template().getMetadata() == null || pod.template().getMetadata().getLabels() == null
                        ? Map.<String, String>of() : pod.template().getMetadata().getLabels())
                .toList();
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : Workloads.deployments(objects)) {
            Map<String, String> selector = deployment.getSpec().getSelector().getMatchLabels();
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            if (selector == null || labels == null || !labels.entrySet().containsAll(selector.entrySet())) {
                violations.add(Manifests.id(deployment) + " selector " + selector + " does not match its own pod labels " + labels);
            }
        }
        for (Service service : Workloads.ofType(objects, Service.class)) {
            Map<String, String> selector = service.getSpec().getSelector();
            if ("ExternalName".equals(service.getSpec().getType())) {
                continue;
            }
            if (selector == null || selector.isEmpty() || podLabels.stream().noneMatch(l -> l.entrySet().containsAll(selector.entrySet()))) {
                violations.add(Manifests.id(service) + " selector " + selector + " matches the pods of no workload");
            }
        }
        for (PodDisruptionBudget pdb : Workloads.ofType(objects, PodDisruptionBudget.class)) {
            var selector = pdb.getSpec().getSelector() == null ? null : pdb.getSpec().getSelector().getMatchLabels();
            if (selector == null || selector.isEmpty() || podLabels.stream().noneMatch(l -> l.entrySet().containsAll(selector.entrySet()))) {
                violations.add(Manifests.id(pdb) + " selector " + selector + " matches the pods of no workload");
            }
        }
        return violations;
    }

    /**
     * A Secret may only hold empty values, placeholders (CHANGE_ME, from the committed *.env.example
     * files) or connection strings with no password in them: real values come from gitignored env files
     * or a secret manager at deploy time, never from the repository.
     */
    static List<String> secretsHoldNoCredentials(List<HasMetadata> objects) {
        List<String> violations = new ArrayList<>();
        for (Secret secret : Workloads.ofType(objects, Secret.class)) {
            Map<String, String> values = new LinkedHashMap<>();
            if (secret.getData() != null) {
                secret.getData().forEach((key, value) -> values.put(key, decode(value)));
            }
            if (secret.getStringData() != null) {
                values.putAll(secret.getStringData());
            }
            values.forEach((key, value) -> {
                if (!isPlaceholder(value)) {
                    violations.add(Manifests.id(secret) + " key " + key + " holds a value (" + value.length()
                            + " characters); only empty values, CHANGE_ME placeholders or URIs without a password belong in the repository");
                }
            });
        }
        return violations;
    }

    static boolean isPlaceholder(String value) {
        if (value == null || value.isBlank() || value.contains("CHANGE_ME")) {
            return true;
        }
        Matcher uri = Pattern.compile("^[a-z][a-z0-9+.-]*://([^/@?#]*@)?[^\\s]*$").matcher(value);
        if (!uri.matches()) {
            return false;
        }
        String userInfo = uri.group(1);
        return userInfo == null || !userInfo.contains(":");
    }

    /** kustomize wraps long values over several lines, hence the MIME decoder. */
    private static String decode(String base64) {
        try {
            return new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }

    /** The simulator's instances, fixed or autoscaled, never outnumber the partitions of the topics it reads. */
    static List<String> simulatorWithinPartitions(List<HasMetadata> objects) {
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : Workloads.deployments(objects)) {
            Container simulator = deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                    .filter(c -> "simulator".equals(c.getName())).findFirst().orElse(null);
            if (simulator == null) {
                continue;
            }
            String id = Manifests.id(deployment);
            Integer partitions = parseInt(setting(objects, simulator, PARTITIONS));
            if (partitions == null) {
                violations.add(id + " gets no " + PARTITIONS + " (from its ConfigMap); its autoscaler cannot be checked");
                continue;
            }
            String name = deployment.getMetadata().getName();
            Integer replicas = deployment.getSpec().getReplicas();
            if (replicas != null && replicas > partitions) {
                violations.add(id + " has " + replicas + " replicas, more than the " + partitions + " partitions");
            }
            for (HorizontalPodAutoscaler hpa : Workloads.ofType(objects, HorizontalPodAutoscaler.class)) {
                if (name.equals(hpa.getSpec().getScaleTargetRef().getName()) && hpa.getSpec().getMaxReplicas() > partitions) {
                    violations.add(Manifests.id(hpa) + " maxReplicas " + hpa.getSpec().getMaxReplicas()
                            + " is above the " + partitions + " partitions (" + PARTITIONS + "): the extra instances would idle");
                }
            }
            for (GenericKubernetesResource scaled : Workloads.ofKind(objects, "ScaledObject")) {
                Object max = Manifests.at(scaled, "spec", "maxReplicaCount");
                if (name.equals(Manifests.at(scaled, "spec", "scaleTargetRef", "name"))
                        && (max == null || ((Number) max).intValue() > partitions)) {
                    violations.add(Manifests.id(scaled) + " maxReplicaCount " + max + " is above the " + partitions
                            + " partitions (" + PARTITIONS + ") or missing (KEDA's default is 100)");
                }
            }
        }
        return violations;
    }

    /**
     * The partition count and replication factor the services create topics with come from one
     * ConfigMap that every Kafka client reads, and no container overrides them.
     */
    static List<String> topicSettingsInOnePlace(List<HasMetadata> objects) {
        List<String> violations = new ArrayList<>();
        Set<String> sources = new TreeSet<>();
        for (Workloads.Pod pod : Workloads.pods(objects)) {
            for (Container c : pod.allContainers()) {
                for (EnvVar env : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
                    if (PARTITIONS.equals(env.getName()) || REPLICATION.equals(env.getName())) {
                        violations.add(pod.id() + " container " + c.getName() + " sets " + env.getName()
                                + " itself; it belongs in the one ConfigMap all Kafka clients read");
                    }
                }
                for (String configMap : configMapsWith(objects, c, PARTITIONS)) {
                    sources.add(configMap);
                }
            }
        }
        if (sources.size() > 1) {
            violations.add("topic settings come from more than one ConfigMap: " + sources);
        }
        return violations;
    }

    static List<String> ingressKeepsWebSocketsOpen(List<HasMetadata> objects) {
        List<String> violations = new ArrayList<>();
        for (Ingress ingress : Workloads.ofType(objects, Ingress.class)) {
            Map<String, String> annotations = ingress.getMetadata().getAnnotations() == null
                    ? Map.of() : ingress.getMetadata().getAnnotations();
            String ingressClass = ingress.getSpec().getIngressClassName() != null
                    ? ingress.getSpec().getIngressClassName() : annotations.get("kubernetes.io/ingress.class");
            String id = Manifests.id(ingress);
            if ("nginx".equals(ingressClass)) {
                for (String key : List.of("proxy-read-timeout", "proxy-send-timeout")) {
                    Integer seconds = parseInt(annotations.get("nginx.ingress.kubernetes.io/" + key));
                    if (seconds == null || seconds < WEBSOCKET_TIMEOUT_SECONDS) {
                        violations.add(id + " needs nginx.ingress.kubernetes.io/" + key + " of at least "
                                + WEBSOCKET_TIMEOUT_SECONDS + " s for WebSockets (nginx's default of 60 s cuts idle sockets)");
                    }
                }
            } else if ("gce".equals(ingressClass) || "gce-internal".equals(ingressClass)) {
                for (String serviceName : backendServices(ingress)) {
                    String problem = gceTimeoutProblem(objects, serviceName);
                    if (problem != null) {
                        violations.add(id + " routes to Service/" + serviceName + ", which " + problem);
                    }
                }
            } else {
                violations.add(id + " has ingress class " + ingressClass + ", for which no WebSocket timeout is known");
            }
        }
        return violations;
    }

    private static String gceTimeoutProblem(List<HasMetadata> objects, String serviceName) {
        Service service = Workloads.ofType(objects, Service.class).stream()
                .filter(s -> serviceName.equals(s.getMetadata().getName())).findFirst().orElse(null);
        if (service == null) {
            return "is not in this render";
        }
        String annotation = service.getMetadata().getAnnotations() == null ? null
                : service.getMetadata().getAnnotations().get("cloud.google.com/backend-config");
        Matcher matcher = annotation == null ? null : BACKEND_CONFIG.matcher(annotation);
        if (matcher == null || !matcher.find()) {
            return "has no cloud.google.com/backend-config annotation: the load balancer's 30 s default would cut WebSockets";
        }
        String configName = matcher.group(1);
        GenericKubernetesResource config = Workloads.ofKind(objects, "BackendConfig").stream()
                .filter(b -> configName.equals(b.getMetadata().getName())).findFirst().orElse(null);
        Object timeout = config == null ? null : Manifests.at(config, "spec", "timeoutSec");
        if (!(timeout instanceof Number number) || number.intValue() < WEBSOCKET_TIMEOUT_SECONDS) {
            return "uses BackendConfig/" + configName + " whose timeoutSec " + timeout + " is under " + WEBSOCKET_TIMEOUT_SECONDS + " s";
        }
        return null;
    }

    private static List<String> backendServices(Ingress ingress) {
        List<IngressBackend> backends = new ArrayList<>();
        if (ingress.getSpec().getDefaultBackend() != null) {
            backends.add(ingress.getSpec().getDefaultBackend());
        }
        if (ingress.getSpec().getRules() != null) {
            ingress.getSpec().getRules().stream().filter(r -> r.getHttp() != null)
                    .flatMap(r -> r.getHttp().getPaths().stream()).forEach(p -> backends.add(p.getBackend()));
        }
        return backends.stream().filter(b -> b.getService() != null).map(b -> b.getService().getName()).distinct().toList();
    }

    /** A variable as the container would see it: its own env, else the ConfigMaps it reads whole. */
    static String setting(List<HasMetadata> objects, Container container, String variable) {
        for (EnvVar env : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
            if (variable.equals(env.getName()) && env.getValue() != null) {
                return env.getValue();
            }
        }
        for (String name : configMapsWith(objects, container, variable)) {
            return configMap(objects, name).getData().get(variable);
        }
        return null;
    }

    private static List<String> configMapsWith(List<HasMetadata> objects, Container container, String variable) {
        List<String> names = new ArrayList<>();
        for (EnvFromSource from : container.getEnvFrom() == null ? List.<EnvFromSource>of() : container.getEnvFrom()) {
            if (from.getConfigMapRef() == null) {
                continue;
            }
            ConfigMap map = configMap(objects, from.getConfigMapRef().getName());
            if (map != null && map.getData() != null && map.getData().containsKey(variable)) {
                names.add(map.getMetadata().getName());
            }
        }
        return names;
    }

    private static ConfigMap configMap(List<HasMetadata> objects, String name) {
        return Workloads.ofType(objects, ConfigMap.class).stream()
                .filter(m -> name.equals(m.getMetadata().getName())).findFirst().orElse(null);
    }

    private static Integer parseInt(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Set<String> names(List<? extends HasMetadata> objects) {
        Set<String> names = new TreeSet<>();
        objects.forEach(o -> names.add(o.getMetadata().getName()));
        return names;
    }
}
