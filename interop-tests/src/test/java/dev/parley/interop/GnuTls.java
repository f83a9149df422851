package dev.parley.interop;

import dev.parley.interop.InteropPki.Credential;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code gnutls-serv} and {@code gnutls-cli} command lines of the interop tests, GnuTLS's
 * names for Parley's suites and groups, and the report line the tests read. Both programs run
 * under {@code stdbuf -oL}: their stdout is a pipe here, which C's stdio would otherwise buffer
 * until exit, and the tests read it line by line as it happens.
 */
final class GnuTls {

    /** gnutls-serv (on stderr) once it listens. */
    static final Pattern LISTENING = Pattern.compile("listening on IPv4 .* port \\d+\\.\\.\\.done");
    /**
     * Both programs, per connection: {@code - Description: (TLS1.3-X.509)-(ECDHE-X25519)-(ECDSA-SECP256R1-SHA256)-(AES-128-GCM)}
     * (version and authentication, key exchange, server signature, cipher).
     */
    static final Pattern DESCRIPTION = Pattern.compile("^- Description: \\((TLS1\\.3)-([A-Z0-9.]+)\\)-(.*)$");
    /** Both programs, on a resumed connection. */
    static final Pattern RESUMED = Pattern.compile("^\\*\\*\\* This is a resumed session");

    /** At debug level 4 ({@code -d 4}): a KeyUpdate arrived asking for one back (RFC 8446 §4.6.3). */
    static final Pattern KEY_UPDATE_RECEIVED_REQUESTED = Pattern.compile("received TLS 1\\.3 key update \\(1\\)$");
    /** At debug level 4: a KeyUpdate arrived asking for none back. */
    static final Pattern KEY_UPDATE_RECEIVED_NOT_REQUESTED = Pattern.compile("received TLS 1\\.3 key update \\(0\\)$");
    /** At debug level 4: GnuTLS sent a KeyUpdate asking for none back (its answer to a request). */
    static final Pattern KEY_UPDATE_SENT_NOT_REQUESTED = Pattern.compile("sending key update \\(0\\)$");

    /** GnuTLS's cipher names for Parley's (IANA) suite names. */
    static final Map<String, String> CIPHERS = Map.of(
            "TLS_AES_128_GCM_SHA256", "AES-128-GCM",
            "TLS_AES_256_GCM_SHA384", "AES-256-GCM",
            "TLS_CHACHA20_POLY1305_SHA256", "CHACHA20-POLY1305");
    /** GnuTLS's group names for Parley's group names. */
    static final Map<String, String> GROUPS = Map.of(
            "X25519", "X25519",
            "P-256", "SECP256R1",
            "P-384", "SECP384R1");

    private GnuTls() {
    }

    /** A priority string for TLS 1.3 with only {@code suite} and {@code group} (Parley's names). */
    static String onlyThis(String suite, String group) {
        return "NORMAL:-VERS-ALL:+VERS-TLS1.3:-CIPHER-ALL:+" + CIPHERS.get(suite) + ":-GROUP-ALL:+GROUP-"
                + GROUPS.get(group);
    }

    /** Starts an echo server ({@code gnutls-serv --echo}) with {@code credential} and waits until it listens. */
    static PeerProcess startServer(String name, Credential credential, String... options) throws IOException {
        Path key = credential.keyFile();
        return PeerProcess.listen(name, InteropPki.get().directory(), port -> {
            List<String> command = new ArrayList<>(List.of(RequiredPeer.STDBUF.require().toString(), "-oL", "-eL",
                    RequiredPeer.GNUTLS_SERV.require().toString(), "--port", Integer.toString(port), "--echo",
                    "--x509certfile", credential.fullChainFile().toString(),
                    "--x509keyfile", key.toString()));
            command.addAll(List.of(options));
            return command;
        }, LISTENING);
    }

    /**
     * Starts {@code gnutls-cli} to 127.0.0.1:{@code port}, verifying the server against the test
     * root and the name localhost (also sent in SNI), with {@code options}.
     */
    static PeerProcess startClient(String name, int port, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(RequiredPeer.STDBUF.require().toString(), "-oL", "-eL",
                RequiredPeer.GNUTLS_CLI.require().toString(), "--port", Integer.toString(port),
                "--x509cafile", InteropPki.get().rootFile().toString(),
                "--sni-hostname", InteropPki.SERVER_NAME, "--verify-hostname", InteropPki.SERVER_NAME));
        command.addAll(List.of(options));
        command.add("127.0.0.1");
        return PeerProcess.start(name, InteropPki.get().directory(), command, false);
    }
}
