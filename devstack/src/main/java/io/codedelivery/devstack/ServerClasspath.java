package io.codedelivery.devstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The classpath of a third-party server that runs in a JVM of its own. Each is resolved at build time
 * by a module of {@code devstack-servers}, outside Spring Boot's dependency management, into a
 * classpath file inside that module's jar; the jar itself (which may hold a main class) comes first.
 */
final class ServerClasspath {

    private ServerClasspath() {
    }

    /** {@code resource} is the file's absolute resource name, such as {@code /io/codedelivery/devstack/connect/connect.classpath}. */
    static String of(String resource) {
        URL location = ServerClasspath.class.getResource(resource);
        if (location == null) {
            throw new IllegalStateException(resource.substring(resource.lastIndexOf('/') + 1)
                    + " is missing: build devstack-servers and devstack with Maven first");
        }
        try (InputStream in = location.openStream()) {
            String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return root(location, resource) + File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar (or classes folder) that holds the resource. */
    static Path root(URL location, String resource) {
        String url = location.toString();
        String rootUrl = url.startsWith("jar:") ? url.substring("jar:".length(), url.indexOf("!/"))
                : url.substring(0, url.length() - resource.length());
        try {
            return Path.of(URI.create(rootUrl));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot tell where " + url + " comes from", e);
        }
    }
}
