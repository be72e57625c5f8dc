package io.codedelivery.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A log4j2 configuration for a server: WARN and up, plus INFO of the named loggers, to the console (its output file). */
final class ConsoleLog4j {

    private ConsoleLog4j() {
    }

    /** {@code loggersAtInfo}: a short name for each logger, to the logger's name. */
    static void write(Path file, Map<String, String> loggersAtInfo) throws IOException {
        StringBuilder properties = new StringBuilder("""
                rootLogger.level=WARN
                rootLogger.appenderRef.out.ref=out
                appender.out.type=Console
                appender.out.name=out
                appender.out.layout.type=PatternLayout
                appender.out.layout.pattern=[%d] %p %m (%c)%n
                """);
        loggersAtInfo.forEach((alias, logger) -> properties.append("logger.").append(alias).append(".name=")
                .append(logger).append('\n').append("logger.").append(alias).append(".level=INFO\n"));
        Files.writeString(file, properties);
    }
}
