package io.codedelivery.backend.dashboard;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.MsearchRequest;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.msearch.MultiSearchResponseItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboards' one way to the search engine. A query of an index that does not exist yet (nothing
 * indexed) finds nothing; any other failure (unreachable, too slow, an error answer) is a
 * {@link SearchUnavailableException}, at once when the background check last found the engine down.
 */
class SearchEngine {

    private static final Logger log = LoggerFactory.getLogger(SearchEngine.class);
    private static final String INDEX_NOT_FOUND = "index_not_found_exception";
    private static final int MAX_REASON = 500;

    private final OpenSearchClient client;
    private final SearchReachability reachability;

    SearchEngine(OpenSearchClient client, SearchReachability reachability) {
        this.client = client;
        this.reachability = reachability;
    }

    /** The answer, or empty when the index does not exist. */
    <T> Optional<SearchResponse<T>> search(SearchRequest request, Class<T> documents) {
        requireReachable();
        try {
            SearchResponse<T> response = client.search(request, documents);
            return response.shards().total() == 0 ? Optional.empty() : Optional.of(response);
        } catch (OpenSearchException e) {
            if (isIndexMissing(e.error())) {
                return Optional.empty();
            }
            throw unavailable("answered " + e.status() + " " + e.error().type(), e);
        } catch (IOException | RuntimeException e) {
            throw unavailable(String.valueOf(e), e);
        }
    }

    /** Each search's hits in order, empty for a search of an index that does not exist. */
    <T> List<List<T>> hitsOfEach(MsearchRequest request, Class<T> documents) {
        requireReachable();
        try {
            return client.msearch(request, documents).responses().stream().map(SearchEngine::hits).toList();
        } catch (OpenSearchException e) {
            if (isIndexMissing(e.error())) {
                return request.searches().stream().map(search -> List.<T>of()).toList();
            }
            throw unavailable("answered " + e.status() + " " + e.error().type(), e);
        } catch (IOException | RuntimeException e) {
            throw unavailable(String.valueOf(e), e);
        }
    }

    private static <T> List<T> hits(MultiSearchResponseItem<T> item) {
        if (item.isFailure()) {
            if (isIndexMissing(item.failure().error())) {
                return List.of();
            }
            throw new EngineFailure(item.failure().status() + " " + item.failure().error().type());
        }
        return item.result().hits().hits().stream().map(hit -> hit.source()).filter(Objects::nonNull).toList();
    }

    private void requireReachable() {
        if (!reachability.reachable()) {
            throw new SearchUnavailableException("the search engine is unreachable: " + reachability.reason(), null);
        }
    }

    private static boolean isIndexMissing(ErrorCause error) {
        return error != null && INDEX_NOT_FOUND.equals(error.type());
    }

    private static SearchUnavailableException unavailable(String what, Exception cause) {
        String message = "the search engine failed a dashboard query: "
                + (what.length() > MAX_REASON ? what.substring(0, MAX_REASON) + "…" : what);
        log.warn(message);
        return new SearchUnavailableException(message, cause);
    }

    /** A failure inside an answer that came back (a search of a multi-search that failed). */
    private static final class EngineFailure extends RuntimeException {

        EngineFailure(String message) {
            super(message);
        }
    }
}
