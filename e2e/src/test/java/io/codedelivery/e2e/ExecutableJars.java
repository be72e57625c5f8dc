package io.codedelivery.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/** The executable jars the reactor built, as the end-to-end tests run them. */
public final class ExecutableJars {

    private ExecutableJars() {
    }

    /** {@code module}'s executable jar; {@code -Dcodedelivery.<module>.jar} points at another build. */
    public static Path of(String module) {
        Path jar = Path.of(System.getProperty("codedelivery." + module + ".jar",
                "../" + module + "/target/" + module + "-0.1.0-SNAPSHOT-exec.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the reactor (mvn install -DskipTests) first");
        }
        return jar;
    }
}
