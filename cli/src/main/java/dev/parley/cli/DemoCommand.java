package dev.parley.cli;

import dev.parley.TlsConfig;
import dev.parley.TlsServerSocket;
import dev.parley.TlsSocket;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.builder.CertificateBuilder;
import dev.parley.x509.builder.KeySpec;
import dev.parley.x509.key.CertifiedKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code parley demo}: Parley's client and server shake hands on 127.0.0.1, and the report shows
 * what a learner wants to see at each step, with its time: the certificates made in memory, the
 * negotiated version, suite, group and signature scheme, the chain with fingerprints, ALPN, one
 * message each way, the close, and a second connection that resumes the first one's session
 * (RFC 8446 §2.2) with a ticket from the client's session cache.
 */
final class DemoCommand extends OptionCommand {

    private static final List<Option> OPTIONS = List.of(
            Option.value("key-type", "TYPE", "the certificates' keys: ec (P-256, the default), rsa (2048) or ed25519"));

    DemoCommand() {
        super(OPTIONS);
    }

    private static final Map<KeySpec, String> KEY_NAMES = Map.of(KeySpec.EC_P256, "ECDSA P-256",
            KeySpec.RSA_2048, "RSA 2048", KeySpec.ED25519, "Ed25519");

    /** The client offers these; the server speaks only the second, so the pick is visibly the server's. */
    private static final String[] CLIENT_ALPN = {"h2", "http/1.1"};
    private static final String SERVER_ALPN = "http/1.1";

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "a TLS 1.3 handshake between Parley's client and server, explained step by step";
    }

    @Override
    String synopsis() {
        return "usage: parley demo [--key-type ec|rsa|ed25519]\n"
                + "Makes a CA and a server certificate in memory, starts a server on 127.0.0.1, connects to it,\n"
                + "shows what was negotiated and how long each step took, then resumes the session.\n";
    }

    @Override
    Invocation invocation(Arguments args) throws UsageException {
        args.positionals(0, "nothing");
        KeySpec keySpec = CertCommand.keySpec(args);
        return console -> run(console.out(), keySpec);
    }

    private static int run(PrintStream out, KeySpec keySpec) throws IOException {
        CryptoProvider crypto = new BouncyCastleCryptoProvider();
        out.println("parley demo: Parley's TLS client and server, both in this process, over 127.0.0.1");
        out.println();

        long start = System.nanoTime();
        CertifiedKey ca = CertificateBuilder.ca("CN=Parley Demo CA").keySpec(keySpec).selfSigned(crypto);
        long caDone = System.nanoTime();
        CertifiedKey server = CertificateBuilder.leaf("CN=localhost").dnsNames("localhost").ipAddresses("127.0.0.1")
                .keySpec(keySpec).signedBy(ca, crypto);
        long serverDone = System.nanoTime();
        out.println(step(1, "Certificates, made in memory (" + KEY_NAMES.get(keySpec) + " keys)", 0));
        out.println(detail("CA          " + ca.certificate().subject() + ", self-signed", caDone - start));
        out.println(detail("server      " + server.certificate().subject() + " (SAN localhost, 127.0.0.1), by the CA",
                serverDone - caDone));

        TlsConfig serverConfig = TlsConfig.server().certificate(server.chain(), server.privateKey())
                .alpn(SERVER_ALPN).build();
        TlsConfig clientConfig = TlsConfig.client().ca(List.of(ca.certificate())).alpn(CLIENT_ALPN)
                .sessionCacheSize(4).build();
        try (TlsServerSocket listener = TlsServerSocket.bind(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4, serverConfig)) {
            int port = listener.getLocalPort();
            out.println();
            out.println("   server listening on " + listener.getInetAddress().getHostAddress() + ":" + port
                    + ", trusting nothing but the CA above on the client side");
            CompletableFuture<Void> first = serveOne(listener);
            long connectStart = System.nanoTime();
            try (TlsSocket client = TlsSocket.connect("localhost", port, clientConfig)) {
                long connected = System.nanoTime();
                out.println();
                out.println(step(2, "Connect + full handshake", connected - connectStart));
                out.println("   (the first connection of a process also pays for loading and compiling the code)");
                SessionReport.parameters(client).forEach(line -> out.println("   " + line));
                out.println("   " + SessionReport.line("ALPN offered", String.join(", ", CLIENT_ALPN)
                        + " (the server speaks only " + SERVER_ALPN + ", so it picked that)"));
                out.println("   the chain the server sent, leaf first:");
                SessionReport.chain(client.peerCertificates()).forEach(line -> out.println("     " + line));
                exchange(out, client);
                long closeStart = System.nanoTime();
                client.close();
                out.println(step(4, "Close: close_notify sent, socket closed", System.nanoTime() - closeStart));
            }
            join(first);

            CompletableFuture<Void> second = serveOne(listener);
            long resumeStart = System.nanoTime();
            try (TlsSocket client = TlsSocket.connect("localhost", port, clientConfig)) {
                long resumed = System.nanoTime();
                out.println();
                out.println(step(5, "Reconnect with the same session cache: "
                        + (client.isSessionReused() ? "resumed" : "NOT resumed (a full handshake again)"),
                        resumed - resumeStart));
                SessionReport.parameters(client).forEach(line -> out.println("   " + line));
                out.println("   (the client offered the ticket the server sent after the first handshake;");
                out.println("    the server accepted it, so no certificate was sent or verified this time)");
                readReply(client, client.getOutputStream());
            }
            join(second);
        }
        out.println();
        out.println("Try it yourself: parley cert, parley server --www, parley client (parley help).");
        return 0;
    }

    private static void exchange(PrintStream out, TlsSocket client) throws IOException {
        OutputStream toServer = client.getOutputStream();
        long sent = System.nanoTime();
        String reply = readReply(client, toServer);
        long answered = System.nanoTime();
        out.println();
        out.println(step(3, "Application data, encrypted with the traffic keys", answered - sent));
        out.println("   " + SessionReport.line("client sent", "\"hello\""));
        out.println("   " + SessionReport.line("server answered", "\"" + reply + "\" (the time above is to its first byte)"));
    }

    /** Sends one line and reads the server's one-line answer. */
    private static String readReply(TlsSocket client, OutputStream toServer) throws IOException {
        toServer.write("hello\n".getBytes(StandardCharsets.US_ASCII));
        toServer.flush();
        return readLine(client.getInputStream());
    }

    /** Serves one connection on a thread of its own: reads a line, answers it, closes. */
    private static CompletableFuture<Void> serveOne(TlsServerSocket listener) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try (TlsSocket connection = listener.acceptWithoutHandshake()) {
                String line = readLine(connection.getInputStream());
                connection.getOutputStream().write(("hello back, you said " + line + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
                connection.getOutputStream().flush();
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, "parley-demo-server");
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    private static void join(CompletableFuture<Void> server) throws IOException {
        try {
            server.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the demo server", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("the demo server failed: " + e.getCause(), e.getCause());
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n' && line.length() < 1024) {
            line.append((char) c);
        }
        return line.toString();
    }

    private static String step(int number, String title, long nanos) {
        String head = number + ". " + title;
        return nanos <= 0 ? head : String.format("%-66s %8s", head, millis(nanos));
    }

    private static String detail(String text, long nanos) {
        return String.format("   %-63s %8s", text, millis(nanos));
    }

    private static String millis(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }
}
