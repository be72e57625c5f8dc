package io.codedelivery.backend;

/**
 * This replica's name in the events it publishes ({@code viewer.sessions}, {@code audit.events}):
 * {@code CODEDELIVERY_REPLICA} when set, else the host name and process id, made fit for an id.
 */
public final class ReplicaName {

    private ReplicaName() {
    }

    /** Letters, digits and {@code . _ : -}, at most 64: what the topics accept as an id. */
    public static String of(String configured) {
        String name = configured == null || configured.isBlank()
                ? hostName() + "-" + ProcessHandle.current().pid() : configured;
        String safe = name.replaceAll("[^A-Za-z0-9._:-]", "-").replaceFirst("^[^A-Za-z0-9]+", "");
        return safe.isEmpty() ? "backend" : safe.substring(0, Math.min(64, safe.length()));
    }

    private static String hostName() {
        String pod = System.getenv("HOSTNAME");
        if (pod != null && !pod.isBlank()) {
            return pod;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "backend";
        }
    }
}
