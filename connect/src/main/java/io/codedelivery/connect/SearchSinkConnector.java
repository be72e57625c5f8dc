package io.codedelivery.connect;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * A sink that writes records to OpenSearch 2.x or Elasticsearch 7/8 through the bulk API. Every
 * task gets the same settings; Connect spreads the topic partitions over them.
 */
public final class SearchSinkConnector extends SinkConnector {

    private Map<String, String> settings = Map.of();

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        new SearchSinkConfig(props).checkCombinations();
        this.settings = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return SearchSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return Collections.nCopies(maxTasks, new HashMap<>(settings));
    }

    @Override
    public void stop() {
        settings = Map.of();
    }

    @Override
    public ConfigDef config() {
        return SearchSinkConfig.CONFIG_DEF;
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config config = super.validate(connectorConfigs);
        boolean singlesValid = config.configValues().stream().allMatch(value -> value.errorMessages().isEmpty());
        if (singlesValid) {
            String problem = SearchSinkConfig.combinationProblem(new SearchSinkConfig(connectorConfigs));
            if (problem != null) {
                for (ConfigValue value : config.configValues()) {
                    if (value.name().equals(SearchSinkConfig.BEHAVIOR_ON_NULL_VALUES)) {
                        value.addErrorMessage(problem);
                    }
                }
            }
        }
        return config;
    }
}
