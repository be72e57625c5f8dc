package io.codedelivery.backend.tracking;

import io.codedelivery.backend.messaging.RawRecord;
import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.MalformedEventException;
import io.codedelivery.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each record as a position, by the topic's rules (size, key equal to the delivery id);
 * one that breaks them is counted and left to the dead-letter path.
 */
final class DecodePositions implements PipelineStage {

    private static final Logger log = LoggerFactory.getLogger(DecodePositions.class);

    private final PositionOutcomes outcomes;

    DecodePositions(PositionOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public void process(LiveBatch batch) {
        for (RawRecord record : batch.records) {
            try {
                batch.positions.add(Events.read(Topics.POSITION_REPORTED, record.key(), record.value()));
            } catch (MalformedEventException e) {
                outcomes.unreadable();
                // the work consumer of the same topic parks it on the dead-letter topic
                log.debug("skipping unreadable {}: {}", record.origin(), e.getMessage());
            }
        }
    }
}
