package io.codedelivery.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What one run of the bench measures, against what, and where it writes. */
public record BenchOptions(
        boolean quick, List<String> scenarios, List<Integer> steps, Duration p99Bound, Duration warmup,
        Duration window, Duration tick, double speedMps, Path json, Target target, Path workDir, boolean profile) {

    public static final String USAGE = """
            usage: codedelivery bench [--quick] [--scenario fleet|seed|fanout|indexing|all] [--steps 1000,10000]
                                      [--p99-bound 1s] [--warmup 30s] [--window 20s] [--tick 500ms] [--speed 4]
                                      [--json FILE]
                                      [--backend-jar JAR --simulator-jar JAR]  (start a fresh stack per step; default)
                                      [--search-sink-jar JAR]  (indexing: the Connect plugin; all is fleet, seed and fanout)
                                      [--backend-url URL --simulator-url URL --bootstrap HOST:PORT]  (use a running stack)
                                      [--work-dir DIR] [--profile]  (JFR of backend, simulator and driver per window)""";

    /** Where the system under test comes from. */
    public sealed interface Target {
    }

    /**
     * A fresh broker, MongoDB wire server, simulator and backend for every step, from these jars; the
     * search sink plugin only for the indexing scenario, which adds OpenSearch and Kafka Connect.
     */
    public record LocalJars(Path backendJar, Path simulatorJar, Path searchSinkJar) implements Target {
    }

    /** A stack someone else started; the bench waits for the previous step's deliveries to end. */
    public record Running(URI backend, URI simulator, String bootstrap) implements Target {
    }

    public static BenchOptions parse(String... args) {
        Parsed parsed = new Parsed();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--quick")) {
                parsed.quick = true;
            } else if (flag.equals("--profile")) {
                parsed.profile = true;
            } else if (i + 1 < args.length) {
                parsed.set(flag, args[++i]);
            } else {
                throw new IllegalArgumentException(flag.startsWith("--") ? flag + " needs a value" : "unknown argument " + flag);
            }
        }
        return parsed.options();
    }

    public BenchOptions withTarget(Target newTarget) {
        return new BenchOptions(quick, scenarios, steps, p99Bound, warmup, window, tick, speedMps, json, newTarget, workDir, profile);
    }

    public BenchOptions withOutput(Path newJson, Path newWorkDir) {
        return new BenchOptions(quick, scenarios, steps, p99Bound, warmup, window, tick, speedMps, newJson, target, newWorkDir, profile);
    }

    public Path table() {
        String name = json.getFileName().toString().replaceFirst("\\.json$", "");
        return json.resolveSibling(name + ".txt");
    }

    private static final class Parsed {
        boolean quick;
        boolean profile;
        List<String> scenarios = List.of("all");
        List<Integer> steps = List.of();
        Duration p99Bound = Duration.ofSeconds(1);
        Duration warmup;
        Duration window;
        Duration tick = Duration.ofMillis(500);
        double speedMps = 4;
        Path json;
        Path workDir;
        String backendJar = System.getProperty("codedelivery.backend.jar", "backend/target/backend-0.1.0-SNAPSHOT-exec.jar");
        String simulatorJar = System.getProperty("codedelivery.simulator.jar", "simulator/target/simulator-0.1.0-SNAPSHOT-exec.jar");
        String searchSinkJar = System.getProperty("codedelivery.search-sink.jar", "connect/target/codedelivery-search-sink-0.1.0-SNAPSHOT.jar");
        String backendUrl;
        String simulatorUrl;
        String bootstrap;

        void set(String flag, String value) {
            switch (flag) {
                case "--scenario" -> scenarios = Arrays.stream(value.split(",")).map(String::trim).toList();
                case "--steps" -> steps = Arrays.stream(value.split(",")).map(s -> Integer.parseInt(s.trim().replace("_", ""))).toList();
                case "--p99-bound" -> p99Bound = duration(value);
                case "--warmup" -> warmup = duration(value);
                case "--window" -> window = duration(value);
                case "--tick" -> tick = duration(value);
                case "--speed" -> speedMps = Double.parseDouble(value);
                case "--json" -> json = Path.of(value);
                case "--work-dir" -> workDir = Path.of(value);
                case "--backend-jar" -> backendJar = value;
                case "--simulator-jar" -> simulatorJar = value;
                case "--search-sink-jar" -> searchSinkJar = value;
                case "--backend-url" -> backendUrl = value;
                case "--simulator-url" -> simulatorUrl = value;
                case "--bootstrap" -> bootstrap = value;
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }

        BenchOptions options() {
            for (String scenario : scenarios) {
                if (!List.of("fleet", "seed", "fanout", "indexing", "all").contains(scenario)) {
                    throw new IllegalArgumentException("unknown scenario " + scenario + " (fleet, seed, fanout, indexing or all)");
                }
            }
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
            Path out = json != null ? json : Path.of(".codedelivery", "bench", "bench-" + stamp + ".json");
            Path work = workDir != null ? workDir : out.toAbsolutePath().resolveSibling("run-" + stamp);
            return new BenchOptions(quick, scenarios, steps, p99Bound,
                    warmup != null ? warmup : Duration.ofSeconds(quick ? 1 : 30),
                    window != null ? window : Duration.ofSeconds(quick ? 5 : scenarios.equals(List.of("indexing")) ? 60 : 20),
                    tick, speedMps, out, target(), work, profile);
        }

        private Target target() {
            List<String> given = new ArrayList<>();
            if (backendUrl != null) given.add("--backend-url");
            if (simulatorUrl != null) given.add("--simulator-url");
            if (bootstrap != null) given.add("--bootstrap");
            if (given.isEmpty()) {
                return new LocalJars(Path.of(backendJar).toAbsolutePath(), Path.of(simulatorJar).toAbsolutePath(),
                        Path.of(searchSinkJar).toAbsolutePath());
            }
            if (given.size() < 3) {
                throw new IllegalArgumentException("a running stack needs --backend-url, --simulator-url and --bootstrap");
            }
            return new Running(URI.create(backendUrl), URI.create(simulatorUrl), bootstrap);
        }
    }

    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
        }
        if (t.endsWith("m")) {
            return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60);
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
    }
}
