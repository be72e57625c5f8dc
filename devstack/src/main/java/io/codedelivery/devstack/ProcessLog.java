package io.codedelivery.devstack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A child's output file. Earlier runs' output is kept beside it rather than overwritten:
 * {@code name.out.1} is the run before, up to {@code name.out.5}; the oldest is dropped.
 */
final class ProcessLog {

    static final int KEPT = 5;
    private static final int TAIL_BYTES = 64 * 1024;
    private static final int LONGEST_LINE = 600;

    private ProcessLog() {
    }

    /** Moves {@code output} to {@code output.1}, {@code .1} to {@code .2} and so on, keeping {@link #KEPT}. */
    static void rotate(Path output) throws IOException {
        if (!Files.exists(output)) {
            return;
        }
        Files.deleteIfExists(kept(output, KEPT));
        for (int generation = KEPT - 1; generation >= 1; generation--) {
            Path older = kept(output, generation);
            if (Files.exists(older)) {
                Files.move(older, kept(output, generation + 1), REPLACE_EXISTING);
            }
        }
        Files.move(output, kept(output, 1), REPLACE_EXISTING);
    }

    /** Where the output of the run {@code generation} runs before the current one is kept. */
    static Path kept(Path output, int generation) {
        return output.resolveSibling(output.getFileName() + "." + generation);
    }

    /** The last {@code count} lines (each cut to a readable length), read from the file's end; none if it is missing. */
    static List<String> lastLines(Path file, int count) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long from = Math.max(0, channel.size() - TAIL_BYTES);
            ByteBuffer tail = ByteBuffer.allocate((int) (channel.size() - from));
            channel.position(from);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // reads until the buffer is full or the file ends
            }
            List<String> lines = new String(tail.array(), 0, tail.position(), UTF_8).lines().toList();
            if (from > 0 && !lines.isEmpty()) {
                lines = lines.subList(1, lines.size()); // the first one is cut
            }
            return lines.subList(Math.max(0, lines.size() - count), lines.size()).stream()
                    .map(ProcessLog::shortened).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String shortened(String line) {
        return line.length() <= LONGEST_LINE ? line
                : line.substring(0, LONGEST_LINE) + " ... (" + (line.length() - LONGEST_LINE) + " more characters)";
    }
}
