package io.codedelivery.devstack;

import java.nio.file.Path;
import java.util.List;

/** What {@code DevStack up} is given: the services' jars, our sink plugin's jar if any, and how many replicas. */
record UpArguments(Path backendJar, Path simulatorJar, Path connectPlugin, Replicas replicas) {

    static final String USAGE = "usage: DevStack up <backend-jar> <simulator-jar> [<search-sink-plugin-jar>]"
            + " [--backends N] [--simulators M] | DevStack infra";

    /** {@code arguments}: those after {@code up}, the jars first; fails with a one-line message. */
    static UpArguments parse(List<String> arguments) {
        int jars = (int) arguments.stream().takeWhile(argument -> !argument.startsWith("--")).count();
        if (jars < 2 || jars > 3) {
            throw new IllegalArgumentException(USAGE);
        }
        return new UpArguments(Path.of(arguments.get(0)), Path.of(arguments.get(1)),
                jars == 3 ? Path.of(arguments.get(2)) : null, Replicas.parse(arguments.subList(jars, arguments.size())));
    }
}
