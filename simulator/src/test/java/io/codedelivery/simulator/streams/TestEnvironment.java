package io.codedelivery.simulator.streams;

import java.util.Map;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** A standard environment whose operating-system variables are the given map instead of the real ones. */
final class TestEnvironment extends StandardEnvironment {
    TestEnvironment(Map<String, Object> variables) {
        MutablePropertySources sources = getPropertySources();
        sources.replace(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
    }
}
