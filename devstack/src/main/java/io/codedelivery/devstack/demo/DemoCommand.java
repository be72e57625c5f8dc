package io.codedelivery.devstack.demo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code ./codedelivery demo [N] [--backend-url URL] [--concurrency C]}: starts N deliveries (50 by
 * default) on the running local stack, then says how many started and why the others did not.
 */
public final class DemoCommand {

    public static final int DEFAULT_COUNT = 50;
    public static final int DEFAULT_CONCURRENCY = 8;
    static final String USAGE = "usage: ./codedelivery demo [N] [--backend-url URL] [--concurrency C]"
            + "   (N deliveries, default " + DEFAULT_COUNT + "; C at a time, default " + DEFAULT_CONCURRENCY + ")";
    private static final String PREFIX = "[codedelivery] ";

    private DemoCommand() {
    }

    /**
     * Runs the command; lines go to {@code out} (progress) and {@code err} (failures). Returns the exit
     * code: 0 when every delivery started, 1 when any did not or the backend is unreachable, 2 for a
     * wrong command line.
     */
    public static int run(List<String> args, URI defaultBackend, Consumer<String> out, Consumer<String> err)
            throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args, defaultBackend);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().equals("usage")) {
                err.accept(PREFIX + "error: " + e.getMessage());
            }
            err.accept(USAGE);
            return 2;
        }
        DemoReport report;
        try {
            report = DemoDeliveries.against(options.backend(), options.concurrency())
                    .start(options.count(), line -> out.accept(PREFIX + line));
        } catch (BackendUnreachableException e) {
            err.accept(PREFIX + "error: " + e.getMessage() + "; run ./codedelivery up first");
            return 1;
        } catch (IllegalStateException e) {
            err.accept(PREFIX + "error: " + e.getMessage());
            return 1;
        }
        out.accept(PREFIX + "started " + report.started().size() + " of " + report.asked() + " deliveries over "
                + report.routes() + " routes in " + String.format("%.1f s", report.took().toMillis() / 1000.0)
                + "; watch them at " + options.backend());
        if (report.failures().isEmpty()) {
            return 0;
        }
        err.accept(PREFIX + report.failures().size() + " did not start:");
        report.failureSummary().forEach(line -> err.accept("    " + line));
        return 1;
    }

    record Options(int count, URI backend, int concurrency) {

        static Options parse(List<String> args, URI defaultBackend) {
            int count = DEFAULT_COUNT;
            int concurrency = DEFAULT_CONCURRENCY;
            URI backend = defaultBackend;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--help", "-h" -> throw new IllegalArgumentException("usage");
                    case "--backend-url" -> backend = uri(valueAfter(args, ++i, arg));
                    case "--concurrency" -> concurrency = positive(valueAfter(args, ++i, arg), arg);
                    default -> {
                        if (arg.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        count = positive(arg, "N");
                    }
                }
            }
            return new Options(count, backend, concurrency);
        }

        private static String valueAfter(List<String> args, int index, String option) {
            if (index >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(index);
        }

        private static int positive(String text, String what) {
            try {
                int value = Integer.parseInt(text);
                if (value >= 1) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException(what + " must be a whole number of 1 or more, was '" + text + "'");
        }

        private static URI uri(String text) {
            try {
                URI uri = new URI(text);
                if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                    throw new URISyntaxException(text, "not an http(s) URL");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("--backend-url must be an http(s) URL, was '" + text + "'");
            }
        }
    }
}
