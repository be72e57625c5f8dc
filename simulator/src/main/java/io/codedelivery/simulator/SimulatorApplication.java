package io.codedelivery.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The vehicle simulator: drives requested deliveries along their routes and reports positions.
 * To start it in-process, use {@link #application()} so that its defaults apply.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SimulatorApplication {
    private static final String DEFAULTS = "simulator-defaults.properties";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The simulator's Spring application with its defaults, which any other property source overrides. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(SimulatorApplication.class);
        application.setDefaultProperties(defaultProperties());
        return application;
    }

    public static Properties defaultProperties() {
        Properties defaults = new Properties();
        try (InputStream in = SimulatorApplication.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the classpath");
            }
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return defaults;
    }
}
