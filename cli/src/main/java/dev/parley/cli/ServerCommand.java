package dev.parley.cli;

import dev.parley.TlsConfig;
import dev.parley.TlsConfigBuilder;
import dev.parley.TlsServerSocket;
import dev.parley.TlsSocket;
import dev.parley.VerifyMode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code parley server}, like {@code openssl s_server}: listens, accepts in a loop, and hands
 * each connection to a worker thread that runs its handshake ({@link TlsServerSocket#acceptWithoutHandshake},
 * so a slow client cannot block the loop) and serves it: a page describing the connection
 * ({@code --www}), an echo ({@code --echo}), or by default a relay between the client and this
 * terminal, one connection at a time. The first line on stderr names the address and port it
 * listens on, so a script can start it with {@code --port 0}.
 */
final class ServerCommand extends RequestCommand<ServerCommand.Request> {

    private static final List<Option> OPTIONS = List.of(
            Option.value("port", "N", "the port to listen on; 0 picks a free one (default 4433)"),
            Option.value("bind", "ADDR", "the local address to listen on (default: all addresses)"),
            Option.value("cert", "FILE", "the certificate chain, leaf first (PEM, DER or PKCS #12) (required)"),
            Option.value("key", "FILE", "the key of --cert (default: in the --cert file)"),
            Option.flag("www", "answer HTTP GET with a page describing the connection; GET /keyupdate "
                    + "sends a KeyUpdate first"),
            Option.flag("echo", "send back whatever the client sends"),
            Option.value("alpn", "P1,P2", "the ALPN protocols to accept, most preferred first"),
            Option.value("groups", "G1:G2", "the key-exchange groups, most preferred first, e.g. X25519:P-521:ffdhe2048 "
                    + "(default: X25519, P-256, P-384)"),
            Option.value("verify-client", "MODE", "optional or require: ask for a client certificate, checked against --ca"),
            Option.value("ca", "FILE|DIR", "the CA certificates client certificates must chain to"),
            Option.value("naccept", "N", "stop after N connections (default: serve forever)"));

    ServerCommand() {
        super(OPTIONS);
    }

    private static final Map<String, VerifyMode> CLIENT_VERIFICATION = Map.of("optional", VerifyMode.PEER,
            "require", VerifyMode.REQUIRE_PEER);

    /**
     * A parsed {@code parley server} command line.
     *
     * @param bind the address to listen on; empty for every address
     * @param port the port, 0 for a free one
     * @param config the options, not yet built (building reads the files)
     * @param mode what to do with each connection
     * @param naccept how many connections to serve before returning; empty for no limit
     */
    record Request(Optional<String> bind, int port, TlsConfigBuilder config, ServedConnection.Mode mode,
                   Optional<Integer> naccept) {
    }

    @Override
    public String name() {
        return "server";
    }

    @Override
    public String summary() {
        return "serve TLS with a certificate and key (--www, --echo, or relay), like openssl s_server";
    }

    @Override
    String synopsis() {
        return "usage: parley server --cert FILE [--key FILE] [--port N] [--www|--echo] [OPTIONS]\n"
                + "e.g.   parley server --port 8443 --cert server.pem --key server.key --www\n";
    }

    @Override
    Request request(Arguments args) throws UsageException {
        args.positionals(0, "nothing");
        if (args.flag("www") && args.flag("echo")) {
            throw args.error("--www and --echo exclude each other");
        }
        ServedConnection.Mode mode = args.flag("www") ? ServedConnection.Mode.WWW
                : args.flag("echo") ? ServedConnection.Mode.ECHO : ServedConnection.Mode.RELAY;
        int port = args.integer("port", 0, 65535).orElse(4433);
        Optional<String> bind = args.value("bind");
        if (bind.isPresent() && (bind.get().isBlank() || bind.get().chars().anyMatch(c -> c <= 0x20 || c == 0x7F))) {
            throw args.error("--bind needs an address, e.g. 127.0.0.1 or ::1");
        }
        Path cert = args.path("cert").orElseThrow(() -> args.error("--cert FILE is required: the server's "
                + "certificate (make one with parley cert)"));
        Optional<Path> key = args.path("key");
        Optional<VerifyMode> verifyClient = args.choice("verify-client", CLIENT_VERIFICATION.keySet())
                .map(CLIENT_VERIFICATION::get);
        Optional<Path> ca = args.path("ca");
        if (verifyClient.isPresent() && ca.isEmpty()) {
            throw args.error("--verify-client needs --ca FILE|DIR: the CAs client certificates must chain to");
        }
        if (ca.isPresent() && verifyClient.isEmpty()) {
            throw args.error("--ca is for checking client certificates; add --verify-client optional|require");
        }
        TlsConfigBuilder config = TlsConfig.server();
        try {
            config = key.isPresent() ? config.certificate(cert, key.get()) : config.certificate(cert);
            List<String> alpn = args.list("alpn");
            if (!alpn.isEmpty()) {
                config = config.alpn(alpn.toArray(String[]::new));
            }
            if (args.value("groups").isPresent()) {
                config = config.groups(args.value("groups").get());
            }
            if (verifyClient.isPresent()) {
                config = config.verifyMode(verifyClient.get());
                config = Files.isDirectory(ca.get()) ? config.caPath(ca.get()) : config.caFile(ca.get());
            }
        } catch (IllegalArgumentException e) {
            throw args.error(Arguments.printable(String.valueOf(e.getMessage())));
        }
        return new Request(bind, port, config, mode, args.integer("naccept", 1, Integer.MAX_VALUE));
    }

    @Override
    int run(Console console, Request request) throws IOException {
        TlsConfig config;
        try {
            config = request.config().build();
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        InetSocketAddress address = request.bind().map(b -> new InetSocketAddress(b, request.port()))
                .orElseGet(() -> new InetSocketAddress(request.port()));
        if (address.isUnresolved()) {
            throw new IOException("--bind " + request.bind().orElse("") + ": no such local address");
        }
        PrintStream err = console.err();
        ExecutorService workers = request.mode() == ServedConnection.Mode.RELAY
                ? Executors.newSingleThreadExecutor(ServerCommand::daemon) : Executors.newCachedThreadPool(ServerCommand::daemon);
        AtomicReference<OutputStream> relayTarget = new AtomicReference<>();
        try (TlsServerSocket listener = TlsServerSocket.bind(address, 50, config)) {
            String host = request.bind().isPresent() ? listener.getInetAddress().getHostAddress() : "*";
            err.println("parley server: listening on " + (host.contains(":") ? "[" + host + "]" : host) + ":"
                    + listener.getLocalPort() + (request.bind().isEmpty() ? " (all addresses)" : "")
                    + ", " + request.mode().name().toLowerCase(java.util.Locale.ROOT) + " mode");
            err.flush();
            if (request.mode() == ServedConnection.Mode.RELAY) {
                startInputPump(console, relayTarget);
            }
            for (long served = 0; request.naccept().map(n -> n > 0).orElse(true); served++) {
                if (request.naccept().isPresent() && served >= request.naccept().get()) {
                    break;
                }
                TlsSocket connection = listener.acceptWithoutHandshake();
                workers.execute(new ServedConnection(connection, request.mode(), err, console.out(), relayTarget::set));
            }
        } finally {
            workers.shutdown();
        }
        try {
            workers.awaitTermination(ServedConnection.CLIENT_TIMEOUT_MILLIS * 2L, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Copies stdin to whichever connection is being relayed; input while none is, is dropped. */
    private static void startInputPump(Console console, AtomicReference<OutputStream> target) {
        Thread pump = daemon(() -> {
            byte[] buffer = new byte[16384];
            try {
                int n;
                while ((n = console.in().read(buffer)) != -1) {
                    OutputStream out = target.get();
                    if (out != null) {
                        try {
                            out.write(buffer, 0, n);
                            out.flush();
                        } catch (IOException e) {
                            // that client is gone; the next one gets what follows
                        }
                    }
                }
            } catch (IOException e) {
                // stdin failed: nothing more to relay
            }
        });
        pump.start();
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "parley-server-worker");
        thread.setDaemon(true);
        return thread;
    }
}
