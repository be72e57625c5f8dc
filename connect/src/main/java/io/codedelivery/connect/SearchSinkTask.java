package io.codedelivery.connect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers records as bulk actions and sends them in batches: a full batch (batch.size) at once, a
 * partial one when its oldest record has waited linger.ms (from a timer thread, so the last
 * records of a burst do not wait for the next commit), and everything on {@link #flush}, which
 * Connect calls before it commits offsets. flush returns only when all is indexed, so no offset is
 * committed for a record that is not; when it throws, Connect rewinds to the last commit and
 * delivers the records again, and their stable document ids make that an overwrite.
 */
public final class SearchSinkTask extends SinkTask {

    private static final Logger log = LoggerFactory.getLogger(SearchSinkTask.class);

    private SearchSinkConfig config;
    private RecordMapper mapper;
    private BulkClient client;
    private BulkSender sender;
    private MalformedRecords malformed;
    private LingerTimer linger;
    private List<BulkAction> buffer = new ArrayList<>();
    private final List<BulkSender.Refused> refusals = new ArrayList<>();
    private long oldestBufferedAt;
    private int sentSoFar;
    private ConnectException fatal;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public synchronized void start(Map<String, String> props) {
        config = new SearchSinkConfig(props);
        config.checkCombinations();
        mapper = RecordMapper.of(config);
        client = BulkClient.of(config);
        sender = new BulkSender(client, config.maxRetries(), config.backoff());
        malformed = new MalformedRecords(config.malformedBehavior(), errantRecordReporter());
        linger = new LingerTimer(this::sendLingered);
        log.info("search sink task started: {} -> {}", props.get(TOPICS_CONFIG), config.connectionUrls());
    }

    private ErrantRecordReporter errantRecordReporter() {
        try {
            return context == null ? null : context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError olderWorker) {
            return null; // a worker before Kafka 2.6 has no reporter
        }
    }

    @Override
    public synchronized void put(Collection<SinkRecord> records) {
        failIfFatal();
        List<BulkAction> combined = new ArrayList<>(buffer);
        int previouslyBuffered = combined.size();
        for (SinkRecord record : records) {
            try {
                BulkAction action = mapper.toAction(record);
                if (action != null) {
                    combined.add(action);
                }
            } catch (MalformedRecordException e) {
                malformed.handle(record, e);
            }
        }
        if (previouslyBuffered == 0) {
            oldestBufferedAt = System.currentTimeMillis();
        }
        try {
            sendBatches(combined, lingered() ? combined.size() : 0);
        } catch (RetriableException e) {
            // keep what earlier calls buffered and is not sent; this call's records come again when Connect retries it
            buffer = new ArrayList<>(combined.subList(Math.min(sentSoFar, previouslyBuffered), previouslyBuffered));
            context.timeout(config.backoff().ceiling(config.maxRetries()));
            throw e;
        } finally {
            reportRefusals();
        }
        if (sentSoFar > previouslyBuffered) {
            oldestBufferedAt = System.currentTimeMillis(); // what is left came with this call
        }
        buffer = new ArrayList<>(combined.subList(sentSoFar, combined.size()));
        if (!buffer.isEmpty()) {
            linger.sendAt(oldestBufferedAt + config.lingerMs());
        }
    }

    @Override
    public synchronized void flush(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        failIfFatal();
        List<BulkAction> pending = buffer;
        buffer = new ArrayList<>();
        try {
            sendBatches(pending, pending.size());
            reportRefusals();
        } catch (RetriableException e) {
            refusals.clear(); // their records come again after the rewind
            log.warn("flush failed; Connect rewinds to the last committed offsets and delivers the records again: {}",
                    e.getMessage());
            throw e;
        } catch (ConnectException e) {
            fatal = e; // a failed preCommit only rewinds; the next put fails the task
            throw e;
        }
    }

    /** The timer's send of a partial batch that has waited linger.ms; a failure is left to the next put or flush. */
    private synchronized void sendLingered() {
        if (buffer.isEmpty() || fatal != null) {
            return;
        }
        if (!lingered()) {
            linger.sendAt(oldestBufferedAt + config.lingerMs());
            return;
        }
        List<BulkAction> pending = buffer;
        try {
            sendBatches(pending, pending.size());
            buffer = new ArrayList<>();
        } catch (RetriableException e) {
            buffer = new ArrayList<>(pending.subList(sentSoFar, pending.size()));
            log.warn("sending {} lingering documents failed; the next put or commit tries again: {}", buffer.size(),
                    e.getMessage());
        } catch (ConnectException e) {
            fatal = e;
            buffer = new ArrayList<>();
        }
    }

    private boolean lingered() {
        return System.currentTimeMillis() - oldestBufferedAt >= config.lingerMs();
    }

    /** Sends full batches, and the first {@code all} actions in any case; counts what is sent in sentSoFar. */
    private void sendBatches(List<BulkAction> actions, int all) {
        sentSoFar = 0;
        int batchSize = config.batchSize();
        while (actions.size() - sentSoFar >= batchSize || sentSoFar < all) {
            int end = Math.min(actions.size(), sentSoFar + batchSize);
            refusals.addAll(sender.send(actions.subList(sentSoFar, end)));
            sentSoFar = end;
        }
    }

    /** Hands what the engine refused as malformed to the reporter, on the task's own thread. */
    private void reportRefusals() {
        List<BulkSender.Refused> refused = List.copyOf(refusals);
        refusals.clear();
        refused.forEach(malformed::handle);
    }

    private void failIfFatal() {
        if (fatal != null) {
            throw fatal;
        }
    }

    @Override
    public synchronized void close(Collection<TopicPartition> partitions) {
        Set<TopicPartition> closed = Set.copyOf(partitions);
        buffer.removeIf(action -> closed.contains(
                new TopicPartition(Records.topic(action.record()), Records.partition(action.record()))));
    }

    @Override
    public void stop() {
        if (linger != null) {
            linger.close();
        }
        synchronized (this) {
            buffer = new ArrayList<>();
            if (client != null) {
                client.close();
            }
        }
    }

    synchronized int buffered() {
        return buffer.size();
    }
}
