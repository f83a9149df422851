package dev.parley.interop;

import dev.parley.interop.InteropPki.Credential;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code openssl s_server} and {@code s_client} command lines of the interop tests, and the
 * lines of their output the tests read. Both run in the test PKI's directory; a server listens on
 * 127.0.0.1 only.
 */
final class OpenSsl {

    /** s_server prints this once it listens (not with {@code -quiet} or {@code -brief}). */
    static final Pattern ACCEPT = Pattern.compile("^ACCEPT$");
    /** s_server, per connection: the suite it agreed on. */
    static final Pattern SERVER_CIPHER = Pattern.compile("^CIPHER is (\\S+)");
    /** s_client: the version and suite, with {@code New} or {@code Reused} first. */
    static final Pattern CLIENT_CIPHER = Pattern.compile("^(New|Reused), (TLSv[0-9.]+), Cipher is (\\S+)");
    /** s_client: the server's key share group ({@code X25519} or {@code ECDH, prime256v1}). */
    static final Pattern SERVER_TEMP_KEY = Pattern.compile("^Server Temp Key: (.*), \\d+ bits$");

    private OpenSsl() {
    }

    /**
     * {@code openssl s_server} on 127.0.0.1:{@code port} with {@code credential} (leaf, intermediate,
     * key) and {@code options}; readiness is {@link #ACCEPT} unless the options silence it.
     */
    static List<String> server(int port, Credential credential, String... options) {
        List<String> command = new ArrayList<>(List.of(RequiredPeer.OPENSSL.require().toString(), "s_server",
                "-accept", "127.0.0.1:" + port, "-cert", credential.leafFile().toString(),
                "-cert_chain", credential.chainFile().toString(), "-key", credential.keyFile().toString()));
        command.addAll(List.of(options));
        return command;
    }

    /** {@code openssl s_client} to 127.0.0.1:{@code port}, verifying against the test root, with {@code options}. */
    static List<String> client(int port, String... options) {
        List<String> command = new ArrayList<>(List.of(RequiredPeer.OPENSSL.require().toString(), "s_client",
                "-connect", "127.0.0.1:" + port, "-CAfile", InteropPki.get().rootFile().toString(),
                "-verify_return_error"));
        command.addAll(List.of(options));
        return command;
    }

    /** Starts an s_server with {@code options} and waits until it accepts connections. */
    static PeerProcess startServer(String name, Credential credential, String... options) throws IOException {
        Path directory = InteropPki.get().directory();
        return PeerProcess.listen(name, directory, port -> server(port, credential, options), ACCEPT);
    }
}
