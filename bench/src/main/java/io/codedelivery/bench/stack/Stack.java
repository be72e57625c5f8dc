package io.codedelivery.bench.stack;

import java.net.URI;
import java.util.Map;

/** The system under test for one step: where to reach it and which processes to watch. */
public interface Stack extends AutoCloseable {

    URI backend();

    URI simulator();

    String bootstrap();

    /** Process name (kafka, mongo, simulator, backend) to pid, for those that could be found. */
    Map<String, Long> processes();

    @Override
    void close();
}
