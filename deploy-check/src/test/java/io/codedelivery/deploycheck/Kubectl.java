package io.codedelivery.deploycheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a kubectl whose built-in kustomize knows components (v3.7+; kubectl 1.21+), or installs one
 * with deploy/k8s/install-kubectl.sh. Order: -Dcodedelivery.kubectl or $KUBECTL, kubectl on the PATH,
 * the cache the script fills, then the script itself.
 */
final class Kubectl {

    private static final Pattern KUSTOMIZE = Pattern.compile("Kustomize Version: v(\\d+)\\.(\\d+)");

    private final Path binary;

    private Kubectl(Path binary) {
        this.binary = binary;
    }

    /** A usable kubectl, or why there is none. */
    static Result locate(Path k8sDir) {
        List<String> tried = new ArrayList<>();
        for (String candidate : candidates()) {
            String problem = problemWith(candidate);
            if (problem == null) {
                return new Result(Optional.of(new Kubectl(Path.of(candidate))), tried);
            }
            tried.add(candidate + ": " + problem);
        }
        Path script = k8sDir.resolve("install-kubectl.sh");
        Exec.Outcome install = Exec.run(List.of("bash", script.toString()), k8sDir, 300);
        String last = install.lastLine();
        if (install.exitCode() == 0 && problemWith(last) == null) {
            return new Result(Optional.of(new Kubectl(Path.of(last))), tried);
        }
        tried.add(script + " (exit " + install.exitCode() + "): " + install.tail());
        return new Result(Optional.empty(), tried);
    }

    private static List<String> candidates() {
        List<String> candidates = new ArrayList<>();
        String property = System.getProperty("codedelivery.kubectl", System.getenv("KUBECTL"));
        if (property != null && !property.isBlank()) {
            candidates.add(property);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "kubectl"))) {
                candidates.add(Path.of(dir, "kubectl").toString());
            }
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path cacheDir = cache == null || cache.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(cache);
        candidates.add(cacheDir.resolve("codedelivery/kubectl-v1.32.3/kubectl").toString());
        return candidates;
    }

    /** Null when this kubectl can render our kustomizations. */
    private static String problemWith(String candidate) {
        if (candidate == null || candidate.isBlank() || !Files.isExecutable(Path.of(candidate))) {
            return "not an executable file";
        }
        Exec.Outcome version = Exec.run(List.of(candidate, "version", "--client"), Path.of("."), 30);
        Matcher matcher = KUSTOMIZE.matcher(version.output());
        if (version.exitCode() != 0 || !matcher.find()) {
            return "`kubectl version --client` names no kustomize: " + version.tail();
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        if (major < 3 || major == 3 && minor < 7) {
            return "its kustomize v" + major + "." + minor + " predates components (v3.7)";
        }
        return null;
    }

    /** `kubectl kustomize DIR`: the rendered multi-document YAML. */
    String kustomize(Path dir) {
        Exec.Outcome outcome = Exec.run(List.of(binary.toString(), "kustomize", dir.toString()), dir, 60);
        if (outcome.exitCode() != 0) {
            throw new AssertionError("kubectl kustomize " + dir + " failed (exit " + outcome.exitCode() + "): "
                    + outcome.stderr());
        }
        return outcome.stdout();
    }

    @Override
    public String toString() {
        return binary.toString();
    }

    record Result(Optional<Kubectl> kubectl, List<String> tried) {
    }

    /** Runs a process with a bound on its time. */
    static final class Exec {
        private Exec() {
        }

        record Outcome(int exitCode, String stdout, String stderr) {
            String output() {
                return stdout + stderr;
            }

            String lastLine() {
                String[] lines = stdout.strip().split("\n");
                return lines[lines.length - 1].strip();
            }

            String tail() {
                String all = output().strip();
                return all.length() <= 600 ? all : "..." + all.substring(all.length() - 600);
            }
        }

        static Outcome run(List<String> command, Path dir, int timeoutSeconds) {
            try {
                Path out = Files.createTempFile("deploy-check", ".out");
                Path err = Files.createTempFile("deploy-check", ".err");
                try {
                    Process process = new ProcessBuilder(command).directory(dir.toFile())
                            .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                        return new Outcome(-1, "", String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
                    }
                    return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                            Files.readString(err, StandardCharsets.UTF_8));
                } finally {
                    Files.deleteIfExists(out);
                    Files.deleteIfExists(err);
                }
            } catch (IOException e) {
                return new Outcome(-1, "", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(-1, "", "interrupted");
            }
        }
    }
}
