package dev.parley.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.TlsConfig;
import dev.parley.TlsServerSocket;
import dev.parley.TlsSocket;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.interop.InteropPki.Credential;
import dev.parley.interop.InteropPki.KeyType;
import java.net.InetAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The matrix parley's own JSSE tests leave out, against the JDK's JSSE in-process: every suite and
 * group in both roles, every kind of server certificate in both roles, and a Parley client
 * authenticating to a JSSE server. JSSE reports the suite and the peer's certificates it verified;
 * Parley reports the rest. (JDK 17's JSSE offers its groups from a global setting, so with JSSE as
 * the client the group is chosen by the Parley server's list, asking for another key share if JSSE
 * sent none for it.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class JsseMatrixTest {

    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "jsse-peer");
        thread.setDaemon(true);
        return thread;
    });

    @AfterAll
    static void stopBackground() {
        BACKGROUND.shutdownNow();
    }

    /** A JSSE server answering one connection: it reads a line and answers with the suite it agreed on. */
    private static Future<String> serveOnce(SSLServerSocket server) {
        return BACKGROUND.submit(() -> {
            try (SSLSocket peer = (SSLSocket) server.accept()) {
                peer.setSoTimeout((int) PeerProcess.PATIENCE.toMillis());
                String line = ParleyEnds.readLine(peer.getInputStream());
                String suite = peer.getSession().getCipherSuite();
                ParleyEnds.writeLine(peer.getOutputStream(), line + " via " + suite);
                return suite + " " + peer.getSession().getProtocol();
            }
        });
    }

    private static TlsSocket parleyClient(SSLServerSocket server, TlsConfig config) throws Exception {
        TlsSocket socket = TlsSocket.connect(InetAddress.getLoopbackAddress().getHostAddress(), server.getLocalPort(),
                config);
        socket.setSoTimeout((int) PeerProcess.PATIENCE.toMillis());
        return socket;
    }

    @ParameterizedTest(name = "Parley client, {0} with {1}")
    @CsvSource({
        "TLS_AES_128_GCM_SHA256, X25519, x25519", "TLS_AES_128_GCM_SHA256, P-256, secp256r1",
        "TLS_AES_128_GCM_SHA256, P-384, secp384r1", "TLS_AES_256_GCM_SHA384, X25519, x25519",
        "TLS_AES_256_GCM_SHA384, P-256, secp256r1", "TLS_AES_256_GCM_SHA384, P-384, secp384r1",
        "TLS_CHACHA20_POLY1305_SHA256, X25519, x25519", "TLS_CHACHA20_POLY1305_SHA256, P-256, secp256r1",
        "TLS_CHACHA20_POLY1305_SHA256, P-384, secp384r1",
    })
    void parleyClientAgreesWithJsseOnEachSuiteAndGroup(String suite, String group, String parleyGroup) throws Exception {
        try (SSLServerSocket server = JssePeer.server(InteropPki.get().server(KeyType.ECDSA_P256), false)) {
            Future<String> served = serveOnce(server);
            try (TlsSocket socket = parleyClient(server, InteropPki.get().parleyClient().cipherList(suite)
                    .groups(group).build())) {
                ParleyEnds.writeLine(socket.getOutputStream(), "hello");
                assertEquals("hello via " + suite, ParleyEnds.readLine(socket.getInputStream()));
                assertEquals(suite, socket.cipher());
                assertEquals(parleyGroup, socket.session().flatMap(Session::group).map(NamedGroup::toString)
                        .orElse("none"));
            }
            assertEquals(suite + " TLSv1.3", served.get(PeerProcess.PATIENCE.toSeconds(), TimeUnit.SECONDS));
        }
    }

    @ParameterizedTest(name = "JSSE client, {0} with {1}")
    @CsvSource({
        "TLS_AES_128_GCM_SHA256, X25519, x25519", "TLS_AES_128_GCM_SHA256, P-256, secp256r1",
        "TLS_AES_128_GCM_SHA256, P-384, secp384r1", "TLS_AES_256_GCM_SHA384, X25519, x25519",
        "TLS_AES_256_GCM_SHA384, P-256, secp256r1", "TLS_AES_256_GCM_SHA384, P-384, secp384r1",
        "TLS_CHACHA20_POLY1305_SHA256, X25519, x25519", "TLS_CHACHA20_POLY1305_SHA256, P-256, secp256r1",
        "TLS_CHACHA20_POLY1305_SHA256, P-384, secp384r1",
    })
    void jsseClientAgreesWithParleyOnEachSuiteAndGroup(String suite, String group, String parleyGroup) throws Exception {
        TlsConfig config = InteropPki.get().parleyServer(KeyType.ECDSA_P256).groups(group).build();
        try (TlsServerSocket server = ParleyEnds.listen(config)) {
            Future<Session> served = BACKGROUND.submit(() -> {
                try (TlsSocket socket = ParleyEnds.accept(server)) {
                    ParleyEnds.writeLine(socket.getOutputStream(), ParleyEnds.readLine(socket.getInputStream()));
                    return socket.session().orElseThrow();
                }
            });
            try (SSLSocket client = JssePeer.client(server.getLocalPort(), suite, Optional.empty())) {
                ParleyEnds.writeLine(client.getOutputStream(), "ping");
                assertEquals("ping", ParleyEnds.readLine(client.getInputStream()));
                assertEquals(suite, client.getSession().getCipherSuite());
                assertEquals("TLSv1.3", client.getSession().getProtocol());
            }
            Session session = served.get(PeerProcess.PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertEquals(suite, session.cipherSuite().toString());
            assertEquals(parleyGroup, session.group().map(NamedGroup::toString).orElse("none"));
        }
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void parleyClientVerifiesEachKindOfJsseServerCertificate(KeyType type) throws Exception {
        Credential credential = InteropPki.get().server(type);
        try (SSLServerSocket server = JssePeer.server(credential, false)) {
            Future<String> served = serveOnce(server);
            try (TlsSocket socket = parleyClient(server, InteropPki.get().parleyClient().build())) {
                ParleyEnds.writeLine(socket.getOutputStream(), "hello");
                assertEquals("hello via " + socket.cipher(), ParleyEnds.readLine(socket.getInputStream()));
                assertEquals(credential.chain(), socket.session().orElseThrow().peerCertificates());
            }
            served.get(PeerProcess.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void jsseClientVerifiesEachKindOfParleyServerCertificate(KeyType type) throws Exception {
        try (TlsServerSocket server = ParleyEnds.listen(InteropPki.get().parleyServer(type).build())) {
            Future<String> served = BACKGROUND.submit(() -> {
                try (TlsSocket socket = ParleyEnds.accept(server)) {
                    ParleyEnds.writeLine(socket.getOutputStream(), ParleyEnds.readLine(socket.getInputStream()));
                    return socket.localCertificate().orElseThrow().subject();
                }
            });
            try (SSLSocket client = JssePeer.client(server.getLocalPort(), "TLS_AES_128_GCM_SHA256", Optional.empty())) {
                ParleyEnds.writeLine(client.getOutputStream(), "ping");
                assertEquals("ping", ParleyEnds.readLine(client.getInputStream()));
                assertEquals(2, client.getSession().getPeerCertificates().length, "leaf and intermediate");
                assertEquals("CN=localhost", client.getSession().getPeerPrincipal().getName());
            }
            assertEquals("CN=localhost", served.get(PeerProcess.PATIENCE.toSeconds(), TimeUnit.SECONDS));
        }
    }

    @Test
    void parleyClientAuthenticatesToJsse() throws Exception {
        InteropPki pki = InteropPki.get();
        Credential client = pki.client(KeyType.RSA);
        try (SSLServerSocket server = JssePeer.server(pki.server(KeyType.ECDSA_P256), true)) {
            Future<String> served = BACKGROUND.submit(() -> {
                try (SSLSocket peer = (SSLSocket) server.accept()) {
                    peer.setSoTimeout((int) PeerProcess.PATIENCE.toMillis());
                    ParleyEnds.writeLine(peer.getOutputStream(), ParleyEnds.readLine(peer.getInputStream()));
                    return peer.getSession().getPeerPrincipal().getName();
                }
            });
            TlsConfig config = pki.parleyClient().certificate(client.chain(), client.key()).build();
            try (TlsSocket socket = parleyClient(server, config)) {
                ParleyEnds.writeLine(socket.getOutputStream(), "with a certificate");
                assertEquals("with a certificate", ParleyEnds.readLine(socket.getInputStream()));
                assertEquals(client.chain(), socket.session().orElseThrow().localCertificates());
            }
            assertEquals(InteropPki.CLIENT_SUBJECT, served.get(PeerProcess.PATIENCE.toSeconds(), TimeUnit.SECONDS));
        }
    }
}
