package dev.parley;

import dev.parley.x509.Certificate;
import dev.parley.x509.pem.Pem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

/** Certificates, configs and threads the adapter tests share. */
final class Fixtures {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "parley-test");
        thread.setDaemon(true);
        return thread;
    });

    private Fixtures() {
    }

    /** A file of {@code src/test/resources/dev/parley/certs} (made by its generate.sh). */
    static Path cert(String name) {
        try {
            return Path.of(Fixtures.class.getResource("certs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Certificate> chain(String name) {
        try {
            return Pem.certificates(cert(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dev.parley.x509.X509Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server config with the P-256 localhost certificate and its chain. */
    static TlsConfig server(Handshakes handshakes, UnaryOperator<TlsConfigBuilder> options) throws IOException {
        return options.apply(TlsConfig.server().certificate(cert("server-chain.pem"), cert("server.key"))
                .handshakes(handshakes)).build();
    }

    static TlsConfig server(Handshakes handshakes) throws IOException {
        return server(handshakes, b -> b);
    }

    static TlsConfig client(Handshakes handshakes, UnaryOperator<TlsConfigBuilder> options) throws IOException {
        return options.apply(TlsConfig.client().caFile(cert("root.pem")).handshakes(handshakes)).build();
    }

    static TlsConfig client(Handshakes handshakes) throws IOException {
        return client(handshakes, b -> b);
    }

    /** A server socket on a free loopback port. */
    static TlsServerSocket listen(TlsConfig config) throws IOException {
        return TlsServerSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10, config);
    }

    /** Runs {@code task} in another thread. */
    static <T> Future<T> inBackground(Callable<T> task) {
        return THREADS.submit(task);
    }

    static void writeLine(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads one CRLF line byte by byte, so nothing after it is consumed. */
    static String readLine(java.io.InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }
}
