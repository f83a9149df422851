package dev.parley.cli;

import dev.parley.TlsConfig;
import dev.parley.TlsConfigBuilder;
import dev.parley.TlsSocket;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code parley client host:port}, like {@code openssl s_client}: connects (or speaks a
 * protocol's STARTTLS dialogue first), prints a summary of the connection on stderr, then relays
 * stdin to the server and the server's data to stdout until the server closes, so
 * {@code printf 'GET / HTTP/1.0\r\n\r\n' | parley client example.com:443} prints the whole
 * response.
 */
final class ClientCommand extends RequestCommand<ClientCommand.Request> {

    private static final List<Option> OPTIONS = List.of(
            Option.value("ca", "FILE|DIR", "trust these CA certificates instead of the system's store"),
            Option.value("servername", "NAME", "the SNI name and the name to verify (default: the host; '' sends no SNI)"),
            Option.value("alpn", "P1,P2", "offer these ALPN protocols, e.g. h2,http/1.1"),
            Option.value("groups", "G1:G2", "offer these key-exchange groups, a key share for the first "
                    + "(default: X25519, P-256, P-384)"),
            Option.value("verify-scheme", "S", "hostname rules: http (default), smtp, imap, ldap, ... or none"),
            Option.repeatable("fingerprint", "ALGO$HEX", "accept the server whose certificate has this fingerprint "
                    + "(sha256$ab12..., repeatable)"),
            Option.value("cert", "FILE", "our client certificate (PEM, DER or PKCS #12; may hold the key too)"),
            Option.value("key", "FILE", "the key of --cert"),
            Option.value("starttls", "PROTO", "speak smtp, imap, pop3, ftp or xmpp in plain text first, then STARTTLS"),
            Option.flag("half-close", "when stdin ends, send close_notify (and keep reading); default: stop writing"),
            Option.flag("insecure", "accept ANY certificate for ANY name (for tests only; prints a warning)"),
            Option.flag("quiet", "no connection summary on stderr"));

    ClientCommand() {
        super(OPTIONS);
    }

    /**
     * A parsed {@code parley client} command line.
     *
     * @param target where to connect
     * @param config the options, as a builder not yet built (building reads the files)
     * @param starttls the plain-text dialogue to run first, if any
     * @param insecure whether verification is off
     * @param quiet whether to leave out the summary
     * @param halfClose whether to half-close when stdin ends
     */
    record Request(Endpoint target, TlsConfigBuilder config, Optional<StartTls> starttls, boolean insecure,
                   boolean quiet, boolean halfClose) {
    }

    @Override
    public String name() {
        return "client";
    }

    @Override
    public String summary() {
        return "connect to host:port, relay stdin/stdout, summary on stderr, like openssl s_client";
    }

    @Override
    String synopsis() {
        return "usage: parley client [OPTIONS] HOST:PORT      ([::1]:PORT for IPv6)\n"
                + "e.g.   printf 'GET / HTTP/1.0\\r\\nHost: example.com\\r\\n\\r\\n' | parley client example.com:443\n";
    }

    @Override
    Request request(Arguments args) throws UsageException {
        Endpoint target = Endpoint.parse(args.positionals(1, "HOST:PORT to connect to").get(0), args);
        Optional<String> starttlsName = args.value("starttls");
        Optional<StartTls> starttls = starttlsName.flatMap(StartTls::named);
        if (starttlsName.isPresent() && starttls.isEmpty()) {
            throw args.error("--starttls takes smtp, imap, pop3, ftp or xmpp, not '"
                    + Arguments.printable(starttlsName.get()) + "'");
        }
        if (args.flag("key") && !args.flag("cert")) {
            throw args.error("--key goes with --cert FILE");
        }
        boolean insecure = args.flag("insecure");
        if (insecure && (args.flag("fingerprint") || args.flag("ca") || args.flag("verify-scheme"))) {
            throw args.error("--insecure checks nothing, so --ca, --fingerprint and --verify-scheme make no sense with it");
        }
        TlsConfigBuilder config = TlsConfig.client();
        try {
            Optional<Path> ca = args.path("ca");
            if (ca.isPresent()) {
                // Only a look at the file's kind; it is read, and a missing one reported, when the config is built.
                config = Files.isDirectory(ca.get()) ? config.caPath(ca.get()) : config.caFile(ca.get());
            }
            if (args.value("servername").isPresent()) {
                config = config.hostname(args.value("servername").get());
            }
            List<String> alpn = args.list("alpn");
            if (!alpn.isEmpty()) {
                config = config.alpn(alpn.toArray(String[]::new));
            }
            if (args.value("groups").isPresent()) {
                config = config.groups(args.value("groups").get());
            }
            Optional<String> scheme = args.value("verify-scheme").or(() -> starttls.map(StartTls::verifyScheme));
            if (scheme.isPresent()) {
                VerifyCommand.scheme(args, "verify-scheme");
                config = config.verifyScheme(scheme.get());
            }
            List<String> fingerprints = args.values("fingerprint");
            if (!fingerprints.isEmpty()) {
                config = config.fingerprint(fingerprints.toArray(String[]::new));
            }
            Optional<Path> cert = args.path("cert");
            if (cert.isPresent()) {
                Optional<Path> key = args.path("key");
                config = key.isPresent() ? config.certificate(cert.get(), key.get()) : config.certificate(cert.get());
            }
            if (insecure) {
                config = config.insecureDisableVerification();
            }
        } catch (IllegalArgumentException e) {
            throw args.error(Arguments.printable(String.valueOf(e.getMessage())));
        }
        return new Request(target, config, starttls, insecure, args.flag("quiet"), args.flag("half-close"));
    }

    @Override
    int run(Console console, Request request) throws IOException {
        PrintStream err = console.err();
        if (request.insecure()) {
            err.println("parley client: WARNING: --insecure: the server's certificate and name are NOT checked;");
            err.println("parley client: WARNING: anyone on the path can read and change this connection.");
        }
        TlsConfig config;
        try {
            config = request.config().build();
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        Endpoint target = request.target();
        try (TlsSocket socket = connect(config, request)) {
            if (!request.quiet()) {
                err.println("parley client: connected to " + target + " (" + socket.getInetAddress().getHostAddress()
                        + ")" + request.starttls().map(p -> " after " + p.name() + " STARTTLS").orElse(""));
                SessionReport.parameters(socket).forEach(line -> err.println("  " + line));
                if (!socket.peerCertificates().isEmpty()) {
                    err.println("  server chain:");
                    SessionReport.chain(socket.peerCertificates()).forEach(line -> err.println("    " + line));
                }
                err.println("---");
                err.flush();
            }
            Relay.run(socket, console.in(), console.out(), request.halfClose());
            if (!request.quiet()) {
                err.println("parley client: the server closed the connection");
            }
        }
        return 0;
    }

    private static TlsSocket connect(TlsConfig config, Request request) throws IOException {
        Endpoint target = request.target();
        if (request.starttls().isEmpty()) {
            return TlsSocket.connect(target.host(), target.port(), config);
        }
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(target.host(), target.port()));
            request.starttls().get().negotiate(plain.getInputStream(), plain.getOutputStream(), target.host());
            return TlsSocket.startTls(plain, config, target.host());
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }
}
