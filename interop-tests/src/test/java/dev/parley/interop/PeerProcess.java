package dev.parley.interop;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A peer program (openssl, gnutls-serv, ...) run by a test: started with its output collected line by
 * line (stdout and stderr, in arrival order) or, for bulk data, with stdout left raw; stopped
 * (destroyed) by {@link #close()}, which a test calls from try-with-resources so the process also ends
 * when the test fails. Every wait has a deadline: {@link #await} fails with the whole transcript
 * when the line does not come or the program exits first, so nothing hangs on a silent peer. The
 * transcript is also written to {@code target/peer-transcripts/} when the process is closed.
 *
 * <p>Readiness comes from the peer, never from a sleep: {@link #listen} waits for the line a server
 * prints once it listens (and picks another free port if the first was taken meanwhile);
 * {@link #connectWhenListening} connects as soon as a quiet server accepts.
 */
final class PeerProcess implements AutoCloseable {

    /** How long a peer gets for anything: starting, answering, exiting. */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static {
        // A last guard: a JVM that ends (even killed by a timeout) leaves no peer behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    private final String name;
    private final List<String> command;
    private final Process process;
    private final int port;
    private final List<String> lines = new ArrayList<>();
    private final List<Thread> pumps = new ArrayList<>();
    private int cursor;
    private boolean closed;

    private PeerProcess(String name, List<String> command, Path directory, int port, boolean rawStdout)
            throws IOException {
        this.name = name;
        this.command = List.copyOf(command);
        this.port = port;
        this.process = new ProcessBuilder(command).directory(directory.toFile()).start();
        RUNNING.add(process);
        if (!rawStdout) {
            pumps.add(pump(process.getInputStream(), ""));
        }
        pumps.add(pump(process.getErrorStream(), "[stderr] "));
    }

    /** Starts {@code command} in {@code directory}; {@code rawStdout} leaves stdout to {@link #stdout()}. */
    static PeerProcess start(String name, Path directory, List<String> command, boolean rawStdout) throws IOException {
        return new PeerProcess(name, command, directory, -1, rawStdout);
    }

    /**
     * Starts a server on a free loopback port and returns once it printed a line matching
     * {@code ready}. A port taken between choosing and binding is retried with another.
     */
    static PeerProcess listen(String name, Path directory, IntFunction<List<String>> commandForPort, Pattern ready)
            throws IOException {
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            PeerProcess peer = new PeerProcess(name, commandForPort.apply(port), directory, port, false);
            try {
                peer.await(ready);
                return peer;
            } catch (AssertionError notReady) {
                peer.close();
                if (attempt == 3 || !peer.transcript().toLowerCase().contains("in use")) {
                    throw notReady;
                }
            }
        }
    }

    /** Starts a server on a free loopback port whose readiness a test detects by connecting. */
    static PeerProcess listenQuietly(String name, Path directory, IntFunction<List<String>> commandForPort,
                                     boolean rawStdout) throws IOException {
        int port = freePort();
        return new PeerProcess(name, commandForPort.apply(port), directory, port, rawStdout);
    }

    /** A port no one listened on a moment ago. */
    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** The port of a server started by {@link #listen} or {@link #listenQuietly}. */
    int port() {
        if (port < 0) {
            throw new IllegalStateException(name + " is no server");
        }
        return port;
    }

    /**
     * A plain connection to this server, made as soon as it accepts: refused connections are
     * retried until {@link #PATIENCE} runs out or the process exits.
     */
    Socket connectWhenListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 1000);
                socket.setSoTimeout((int) PATIENCE.toMillis());
                return socket;
            } catch (ConnectException refused) {
                socket.close();
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    fail(name + " never accepted on port " + port + "\n" + transcript(), refused);
                }
                Thread.sleep(10);
            }
        }
    }

    /** Waits up to {@link #PATIENCE} for the next line matching {@code pattern}; see {@link #await(Pattern, Duration)}. */
    MatchResult await(Pattern pattern) {
        return await(pattern, PATIENCE);
    }

    /**
     * Waits for a line matching {@code pattern} (found anywhere in the line) that came after the
     * last line this method returned, and returns its match. Fails, showing the transcript, when
     * the deadline passes or the process has ended without printing it.
     */
    synchronized MatchResult await(Pattern pattern, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (; cursor < lines.size(); cursor++) {
                Matcher matcher = pattern.matcher(lines.get(cursor));
                if (matcher.find()) {
                    cursor++;
                    return matcher.toMatchResult();
                }
            }
            long left = deadline - System.nanoTime();
            boolean outputEnded = pumps.stream().noneMatch(Thread::isAlive);
            if (left <= 0 || outputEnded) {
                fail(name + (outputEnded ? " ended" : " was silent for " + timeout.toSeconds() + " s")
                        + " without printing /" + pattern + "/\n" + transcript());
            }
            try {
                wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + name);
            }
        }
    }

    /**
     * Waits up to {@link #PATIENCE} until some line, wherever it is (ignoring and keeping the
     * cursor), matches {@code pattern}: for output a peer may flush late, after lines that followed it.
     */
    synchronized void awaitPrinted(Pattern pattern) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!printed(pattern)) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || pumps.stream().noneMatch(Thread::isAlive)) {
                fail(name + " never printed /" + pattern + "/\n" + transcript());
            }
            try {
                wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + name);
            }
        }
    }

    /** Whether a line matching {@code pattern} was printed so far (anywhere, ignoring the cursor). */
    synchronized boolean printed(Pattern pattern) {
        return lines.stream().anyMatch(line -> pattern.matcher(line).find());
    }

    /** How many lines printed so far match {@code pattern}. */
    synchronized long count(Pattern pattern) {
        return lines.stream().filter(line -> pattern.matcher(line).find()).count();
    }

    /**
     * The first line printed so far that matches {@code pattern} (anywhere, ignoring the cursor),
     * for a report the peer has certainly printed already; fails with the transcript if there is none.
     */
    synchronized MatchResult find(Pattern pattern) {
        for (String line : lines) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return matcher.toMatchResult();
            }
        }
        return fail(name + " did not print /" + pattern + "/\n" + transcript());
    }

    /** Writes {@code text} to the program's stdin and flushes it (s_server's {@code K}, a line of data). */
    void send(String text) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write(text.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** The program's stdin, for bulk data. */
    OutputStream stdin() {
        return process.getOutputStream();
    }

    /** The program's raw stdout; only for a process started with {@code rawStdout}. */
    InputStream stdout() {
        return process.getInputStream();
    }

    /** Waits for the program to exit by itself and returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
            fail(name + " did not exit\n" + transcript());
        }
        for (Thread pump : pumps) {
            pump.join(PATIENCE.toMillis());
        }
        return process.exitValue();
    }

    /** The command line and every line the program printed so far. */
    synchronized String transcript() {
        StringBuilder text = new StringBuilder("$ ").append(String.join(" ", command)).append('\n');
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** Stops the program (SIGTERM, then SIGKILL) and keeps its transcript under target/. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // The program may have closed its stdin already; it is being stopped either way.
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            for (Thread pump : pumps) {
                pump.join(5000);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        RUNNING.remove(process);
        keepTranscript();
    }

    private Thread pump(InputStream stream, String prefix) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    synchronized (this) {
                        lines.add(prefix + line);
                        notifyAll();
                    }
                }
            } catch (IOException ended) {
                // The process was destroyed while we read; what it printed is kept.
            } finally {
                synchronized (this) {
                    notifyAll();
                }
            }
        }, name + "-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void keepTranscript() {
        String directory = System.getProperty("parley.interop.transcripts");
        if (directory == null) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of(directory));
            String file = String.format("%03d-%s.log", SEQUENCE.incrementAndGet(), name.replaceAll("[^A-Za-z0-9._-]", "_"));
            Files.writeString(dir.resolve(file), transcript(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "PeerProcess[" + name + (port < 0 ? "" : " on port " + port) + "]";
    }
}
