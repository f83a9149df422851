package dev.parley.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the command in this process with byte streams for stdin, stdout and stderr. */
final class Runs {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "parley-cli-test");
        thread.setDaemon(true);
        return thread;
    });

    private static final Pattern LISTENING = Pattern.compile("listening on (\\S+):(\\d+)");

    /** What a run left behind. */
    record Result(int exitCode, String out, String err) {
        /** The first line of stderr. */
        String firstErrorLine() {
            return err.lines().findFirst().orElse("");
        }
    }

    /** A server started in the background and the port it listens on. */
    record Server(int port, CompletableFuture<Result> result, OutputStream stdin) {
        Result awaitEnd() throws Exception {
            return result.get(60, TimeUnit.SECONDS);
        }
    }

    private Runs() {
    }

    static Result run(String... args) {
        return run(new byte[0], args);
    }

    static Result withInput(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static Result run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new Console(new ByteArrayInputStream(stdin), print(out), print(err)));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Starts {@code parley server ARGS} on a thread and waits for its "listening on" line (the
     * command's own signal that it accepts connections); its stdin is a pipe the test writes to.
     */
    static Server server(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        LineWatcher err = new LineWatcher(line -> {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                port.complete(Integer.parseInt(m.group(2)));
            }
        });
        java.io.PipedOutputStream stdin = new java.io.PipedOutputStream();
        InputStream in = new java.io.PipedInputStream(stdin, 65536);
        CompletableFuture<Result> result = CompletableFuture.supplyAsync(() -> {
            int code = Main.run(args, new Console(in, print(out), print(err)));
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.text());
        }, THREADS);
        result.whenComplete((r, e) -> port.completeExceptionally(
                new IllegalStateException("the server ended before listening: " + (r == null ? e : r.err()))));
        return new Server(port.get(60, TimeUnit.SECONDS), result, stdin);
    }

    static CompletableFuture<Result> inBackground(byte[] stdin, String... args) {
        return CompletableFuture.supplyAsync(() -> run(stdin, args), THREADS);
    }

    private static PrintStream print(OutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    /** Collects what is written and tells a listener of each complete line. */
    static final class LineWatcher extends OutputStream {
        private final java.util.function.Consumer<String> listener;
        private final ByteArrayOutputStream all = new ByteArrayOutputStream();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineWatcher(java.util.function.Consumer<String> listener) {
            this.listener = listener;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            all.write(b);
            if (b == '\n') {
                listener.accept(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        synchronized String text() {
            return all.toString(StandardCharsets.UTF_8);
        }
    }
}
