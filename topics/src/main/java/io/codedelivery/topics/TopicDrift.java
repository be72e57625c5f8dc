package io.codedelivery.topics;

/**
 * A topic that already existed and differs from the configured layout in a way that matters:
 * fewer partitions (the simulator cannot use more instances than partitions), a lower replication
 * factor, or another cleanup policy. Existing topics are never changed; this is reported instead.
 */
public record TopicDrift(String topic, String setting, String configured, String actual) {

    public String describe() {
        return "topic " + topic + " has " + setting + " " + actual + " but " + configured + " is configured";
    }
}
