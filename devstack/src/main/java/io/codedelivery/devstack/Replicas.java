package io.codedelivery.devstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How many backends and simulators {@code up} runs ({@code --backends N --simulators M}, 1 to 9
 * each) and on which ports. One backend takes {@code HTTP_PORT}; of several, a failover proxy takes
 * it and {@code backend-k} listens on {@code HTTP_PORT + 10k}. One simulator takes
 * {@code SIMULATOR_PORT}; of several, {@code simulator-k} listens on {@code SIMULATOR_PORT + 10(k-1)}.
 */
record Replicas(int backends, int simulators) {

    static final String BACKEND = "backend";
    static final String SIMULATOR = "simulator";
    static final int MOST = 9;
    private static final int PORT_STEP = 10;

    Replicas {
        requireCount("--backends", backends);
        requireCount("--simulators", simulators);
    }

    static Replicas one() {
        return new Replicas(1, 1);
    }

    /** {@code --backends N}, {@code --simulators M}, or their {@code --flag=value} forms, in any order. */
    static Replicas parse(List<String> flags) {
        Map<String, Integer> counts = new HashMap<>(Map.of("--backends", 1, "--simulators", 1));
        Iterator<String> each = flags.iterator();
        while (each.hasNext()) {
            String flag = each.next();
            int equals = flag.indexOf('=');
            String name = equals < 0 ? flag : flag.substring(0, equals);
            if (!counts.containsKey(name)) {
                throw new IllegalArgumentException("unknown option '" + flag + "' (up takes --backends N and --simulators M)");
            }
            String value = equals >= 0 ? flag.substring(equals + 1) : "";
            if (equals < 0 && each.hasNext()) {
                value = each.next();
            }
            counts.put(name, count(name, value));
        }
        return new Replicas(counts.get("--backends"), counts.get("--simulators"));
    }

    private static int count(String flag, String value) {
        if (!value.matches("[0-9]")) {
            throw new IllegalArgumentException(flag + " takes a number from 1 to " + MOST + ", was '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    private static void requireCount(String flag, int count) {
        if (count < 1 || count > MOST) {
            throw new IllegalArgumentException(flag + " takes a number from 1 to " + MOST + ", was '" + count + "'");
        }
    }

    boolean proxied() {
        return backends > 1;
    }

    List<ServiceReplica> backends(int httpPort) {
        return backends == 1 ? List.of(ServiceReplica.only(BACKEND, httpPort))
                : numbered(BACKEND, backends, k -> httpPort + PORT_STEP * k);
    }

    List<ServiceReplica> simulators(int simulatorPort) {
        return simulators == 1 ? List.of(ServiceReplica.only(SIMULATOR, simulatorPort))
                : numbered(SIMULATOR, simulators, k -> simulatorPort + PORT_STEP * (k - 1));
    }

    /** The backends, then the simulators. */
    List<ServiceReplica> all(int httpPort, int simulatorPort) {
        List<ServiceReplica> all = new ArrayList<>(backends(httpPort));
        all.addAll(simulators(simulatorPort));
        return all;
    }

    /** For the ready line: nothing with one of each, else {@code " (failover proxy over backend-1 :8090, ...; simulators ...)"}. */
    String describe(int httpPort, int simulatorPort) {
        List<String> parts = new ArrayList<>();
        if (proxied()) {
            parts.add("failover proxy over " + listed(backends(httpPort)));
        }
        if (simulators > 1) {
            parts.add("simulators " + listed(simulators(simulatorPort)));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private static String listed(List<ServiceReplica> replicas) {
        return replicas.stream().map(replica -> replica.name() + " :" + replica.port()).collect(Collectors.joining(", "));
    }

    private static List<ServiceReplica> numbered(String service, int count, IntUnaryOperator port) {
        return IntStream.rangeClosed(1, count).mapToObj(k -> {
            int taken = port.applyAsInt(k);
            if (taken > 65535) {
                throw new IllegalArgumentException(service + "-" + k + " would listen on port " + taken
                        + ", past 65535: choose a lower " + (service.equals(BACKEND) ? "HTTP_PORT" : "SIMULATOR_PORT"));
            }
            return ServiceReplica.numbered(service, k, taken);
        }).toList();
    }
}
