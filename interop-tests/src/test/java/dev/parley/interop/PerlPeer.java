package dev.parley.interop;

import dev.parley.interop.InteropPki.Credential;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The IO::Socket::SSL peer of the interop tests: {@code perl/peer.pl} (a test resource) run as a
 * client of a Parley server or as a server for a Parley client, and what it reports of each
 * connection. The script's options and its output are described at its top.
 */
final class PerlPeer {

    /** The Debian package of IO::Socket::SSL, named when it is missing. */
    static final String DEBIAN_PACKAGE = "libio-socket-ssl-perl";
    /** The server prints this once it listens. */
    static final Pattern READY = Pattern.compile("^ready$");
    /** The server prints its own certificate's fingerprint first, in IO::Socket::SSL's form. */
    static final Pattern OWN_FINGERPRINT = Pattern.compile("^own_fingerprint=(\\S+)$");
    /** After {@code stop_SSL} returned. */
    static final Pattern STOPPED = Pattern.compile("^stopped TLS$");
    /** The script ran to its end. */
    static final Pattern DONE = Pattern.compile("^done$");

    /**
     * What peer.pl printed of one connection, IO::Socket::SSL's accessors: {@code get_sslversion},
     * {@code get_cipher}, {@code peer_certificate('subject')} ({@code (none)} without one),
     * {@code get_fingerprint('sha256')}, {@code alpn_selected} ({@code (none)}), {@code get_session_reused}.
     */
    record Report(String version, String cipher, String peerSubject, String peerFingerprint, String alpn,
                  boolean reused) {

        /** Waits for the next report {@code peer} prints (the lines come in this order). */
        static Report await(PeerProcess peer) {
            return new Report(value(peer, "version"), value(peer, "cipher"), value(peer, "peer_subject"),
                    value(peer, "peer_fingerprint"), value(peer, "alpn"), "1".equals(value(peer, "reused")));
        }

        private static String value(PeerProcess peer, String name) {
            return peer.await(Pattern.compile("^" + name + "=(.*)$")).group(1);
        }
    }

    private PerlPeer() {
    }

    /**
     * Starts peer.pl as a client of 127.0.0.1:{@code port}, trusting nothing but what
     * {@code options} say ({@code --ca}, {@code --fingerprint}, ...).
     */
    static PeerProcess client(String name, int port, String... options) throws IOException {
        return PeerProcess.start(name, InteropPki.get().directory(), command("--client", port, options), false);
    }

    /** Starts peer.pl as a server with {@code credential} and {@code options}, and waits until it listens. */
    static PeerProcess server(String name, Credential credential, String... options) throws IOException {
        List<String> withCertificate = new ArrayList<>(List.of("--cert", credential.fullChainFile().toString(),
                "--key", credential.keyFile().toString()));
        withCertificate.addAll(List.of(options));
        String[] all = withCertificate.toArray(String[]::new);
        return PeerProcess.listen(name, InteropPki.get().directory(), port -> command("--server", port, all), READY);
    }

    /** The options that have peer.pl trust the test root and check the name localhost. */
    static String[] verifying(String... more) {
        List<String> options = new ArrayList<>(List.of("--ca", InteropPki.get().rootFile().toString(),
                "--hostname", InteropPki.SERVER_NAME));
        options.addAll(List.of(more));
        return options.toArray(String[]::new);
    }

    /** Perl's {@code X509_NAME_oneline} form of a one-RDN RFC 4514 name: {@code CN=x} is {@code /CN=x}. */
    static String oneline(String rfc4514) {
        if (rfc4514.contains(",")) {
            throw new IllegalArgumentException("only one-RDN names are compared: " + rfc4514);
        }
        return "/" + rfc4514;
    }

    private static List<String> command(String role, int port, String... options) {
        Path perl = RequiredPeer.requirePerlModule("IO::Socket::SSL", DEBIAN_PACKAGE);
        List<String> command = new ArrayList<>(List.of(perl.toString(), script().toString(), role,
                Integer.toString(port)));
        command.addAll(List.of(options));
        return command;
    }

    private static Path script() {
        URL script = PerlPeer.class.getResource("perl/peer.pl");
        if (script == null) {
            throw new IllegalStateException("the test resource dev/parley/interop/perl/peer.pl is missing");
        }
        try {
            return Path.of(script.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("peer.pl is not a file: " + script, e);
        }
    }
}
