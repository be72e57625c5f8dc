package io.codedelivery.devstack;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads the lines added to a file since the last call, like {@code tail -F}: when the file is
 * moved aside (a restarted process's output is rotated to {@code .1}) and a new one appears, the rest
 * of the old one is read first, then the new one from its start. Not thread-safe: one reader.
 */
final class FileFollower implements AutoCloseable {

    private final String service;
    private final String node;
    private final Path path;
    private final int longestLine;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    private FileChannel channel;
    private Object fileKey;
    private boolean cutting;

    FileFollower(String service, Path path, int longestLine) {
        this(service, service, path, longestLine);
    }

    /** {@code node}: which instance of the service writes the file ({@code backend-2}). */
    FileFollower(String service, String node, Path path, int longestLine) {
        this.service = service;
        this.node = node;
        this.path = path;
        this.longestLine = longestLine;
    }

    String service() {
        return service;
    }

    String node() {
        return node;
    }

    void readNewLines(Consumer<String> lines) {
        try {
            if (channel == null && !open()) {
                return;
            }
            drain(lines);
            Object current = keyOf(path);
            if (current != null && !Objects.equals(current, fileKey)) {
                drain(lines);
                closeChannel();
                if (open()) {
                    drain(lines);
                }
            }
        } catch (IOException e) {
            closeChannel();
        }
    }

    private boolean open() throws IOException {
        if (!Files.exists(path)) {
            return false;
        }
        channel = FileChannel.open(path, StandardOpenOption.READ);
        fileKey = keyOf(path);
        partial.reset();
        cutting = false;
        return true;
    }

    private void drain(Consumer<String> lines) throws IOException {
        while (true) {
            buffer.clear();
            int read = channel.read(buffer);
            if (read <= 0) {
                return;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i < read; i++) {
                byte b = bytes[i];
                if (b == '\n') {
                    emit(lines);
                } else if (partial.size() < longestLine) {
                    partial.write(b);
                } else {
                    cutting = true;
                }
            }
        }
    }

    private void emit(Consumer<String> lines) {
        String line = partial.toString(UTF_8);
        partial.reset();
        if (cutting) {
            // a cut JSON line is no longer JSON: it goes as a message that says it was cut
            line = "(line cut at " + longestLine + " bytes) " + line;
            cutting = false;
        }
        if (!line.isBlank()) {
            lines.accept(line);
        }
    }

    private static Object keyOf(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to read from it
            }
            channel = null;
        }
    }

    @Override
    public void close() {
        closeChannel();
    }
}
