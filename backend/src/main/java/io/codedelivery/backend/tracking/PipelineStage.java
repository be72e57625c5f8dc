package io.codedelivery.backend.tracking;

/** One step of the live pipeline. Stages run in order, on the pipeline's one thread. */
interface PipelineStage {

    String name();

    void process(LiveBatch batch);
}
