package dev.parley;

import static dev.parley.Fixtures.cert;
import static dev.parley.Fixtures.inBackground;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.handshake.codepoint.NamedGroup;
import java.io.IOException;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Parley's client and server, with the real TLS 1.3 state machines, over loopback sockets. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Tls13LoopbackTest {

    private static TlsConfig server(UnaryOperator<TlsConfigBuilder> options) throws IOException {
        return options.apply(TlsConfig.server().certificate(cert("server-chain.pem"), cert("server.key"))).build();
    }

    private static TlsConfig client(UnaryOperator<TlsConfigBuilder> options) throws IOException {
        return options.apply(TlsConfig.client().caFile(cert("root.pem"))).build();
    }

    /** Serves one connection: reads a line, answers "<line> from <sni>", returns the server's socket. */
    private static Future<TlsSocket> echoOnce(TlsServerSocket server) {
        return inBackground(() -> {
            TlsSocket socket = server.accept();
            String line = Fixtures.readLine(socket.getInputStream());
            Fixtures.writeLine(socket.getOutputStream(), line + " from " + socket.serverName().orElse("-"));
            return socket;
        });
    }

    private static String exchange(TlsSocket socket, String line) throws IOException {
        Fixtures.writeLine(socket.getOutputStream(), line);
        return Fixtures.readLine(socket.getInputStream());
    }

    @Test
    void aFullHandshakeThenAResumedOne() throws Exception {
        TlsConfig client = client(b -> b.sessionCacheSize(4).alpn("h2", "http/1.1"));
        try (TlsServerSocket server = Fixtures.listen(server(b -> b.alpn("http/1.1")))) {
            Future<TlsSocket> first = echoOnce(server);
            try (TlsSocket socket = TlsSocket.connect("localhost", server.getLocalPort(), client)) {
                assertEquals("hello from localhost", exchange(socket, "hello"));
                assertEquals("TLSv1_3", socket.version());
                assertFalse(socket.isSessionReused());
                assertEquals(Optional.of("http/1.1"), socket.alpnSelected());
                assertEquals(Optional.of(NamedGroup.X25519), socket.session().orElseThrow().group());
                assertEquals("CN=localhost", socket.peerCertificate().orElseThrow().subject());
            }
            try (TlsSocket served = first.get()) {
                assertEquals(Optional.of("localhost"), served.serverName(), "the SNI name the client asked for");
                assertEquals(Optional.of("http/1.1"), served.alpnSelected());
                assertTrue(served.peerCertificate().isEmpty(), "no client certificate was asked for");
            }
            Future<TlsSocket> second = echoOnce(server);
            try (TlsSocket socket = TlsSocket.connect("localhost", server.getLocalPort(), client)) {
                assertEquals("again from localhost", exchange(socket, "again"));
                assertTrue(socket.isSessionReused(), "the ticket of the first connection was used");
                assertEquals("CN=localhost", socket.peerCertificate().orElseThrow().subject(),
                        "a resumed session reports the original server certificate");
            }
            assertTrue(second.get().isSessionReused());
            second.get().close();
        }
    }

    @Test
    void tlsInsideTlsAsThroughAnHttpsProxy() throws Exception {
        // IO::Socket::SSL's SSL_usebio: a second TLS session carried by the first one's data.
        TlsConfig serverConfig = server(b -> b);
        try (TlsServerSocket server = Fixtures.listen(serverConfig)) {
            Future<String> served = inBackground(() -> {
                try (TlsSocket outer = server.accept(); TlsSocket inner = TlsSocket.startTls(outer, serverConfig)) {
                    String line = Fixtures.readLine(inner.getInputStream());
                    Fixtures.writeLine(inner.getOutputStream(), "inner " + line);
                    return inner.localCertificate().orElseThrow().subject();
                }
            });
            try (TlsSocket outer = TlsSocket.connect("localhost", server.getLocalPort(), client(b -> b));
                 TlsSocket inner = TlsSocket.startTls(outer, client(b -> b), "localhost")) {
                assertEquals("inner hello", exchange(inner, "hello"));
                assertTrue(inner.localCertificate().isEmpty(), "the client sent no certificate");
            }
            assertEquals("CN=localhost", served.get());
        }
    }

    @Test
    void theServerPicksItsCertificateBySni() throws Exception {
        TlsConfig serverConfig = server(b -> b.certificate("other.example", cert("other-host-chain.pem"),
                cert("other-host.key")));
        try (TlsServerSocket server = Fixtures.listen(serverConfig)) {
            Future<TlsSocket> served = echoOnce(server);
            try (TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(),
                    client(b -> b.hostname("other.example")))) {
                assertEquals("hi from other.example", exchange(socket, "hi"));
                assertEquals("CN=other.example", socket.peerCertificate().orElseThrow().subject());
            }
            served.get().close();
        }
    }

    @Test
    void aServerPreferringAnotherGroupAsksForItWithHelloRetryRequest() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(server(b -> b.groups("P-384")))) {
            Future<TlsSocket> served = echoOnce(server);
            try (TlsSocket socket = TlsSocket.connect("localhost", server.getLocalPort(), client(b -> b))) {
                assertEquals("x from localhost", exchange(socket, "x"));
                assertTrue(socket.session().orElseThrow().helloRetryRequest());
                assertEquals(Optional.of(NamedGroup.SECP384R1), socket.session().orElseThrow().group());
            }
            served.get().close();
        }
    }

    @Test
    void noCipherSuiteInCommonIsExplainedOnBothSides() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(server(b -> b.cipherList("TLS_CHACHA20_POLY1305_SHA256")))) {
            Future<TlsSocket> served = inBackground(server::accept);
            HandshakeFailedException client = assertThrows(HandshakeFailedException.class, () -> TlsSocket.connect(
                    "localhost", server.getLocalPort(), client(b -> b.cipherList("TLS_AES_128_GCM_SHA256"))));
            assertEquals(ErrorCode.NO_COMMON_PARAMETERS, client.code());
            assertTrue(client.getMessage().contains("ended the connection with the alert handshake_failure"),
                    client.getMessage());
            assertTrue(client.getMessage().contains("cipher suites (SSL_cipher_list)"), client.getMessage());
            ExecutionException failed = assertThrows(ExecutionException.class, served::get);
            HandshakeFailedException serverSide = assertInstanceOf(HandshakeFailedException.class, failed.getCause());
            assertEquals(ErrorCode.NO_COMMON_PARAMETERS, serverSide.code());
            assertTrue(serverSide.getMessage().startsWith("no common ground with the client"), serverSide.getMessage());
        }
    }

    @Test
    void clientAuthenticationWhenTheServerRequiresIt() throws Exception {
        TlsConfig serverConfig = server(b -> b.verifyMode(VerifyMode.REQUIRE_PEER).caFile(cert("root.pem")));
        try (TlsServerSocket server = Fixtures.listen(serverConfig)) {
            Future<TlsSocket> served = echoOnce(server);
            try (TlsSocket socket = TlsSocket.connect("localhost", server.getLocalPort(),
                    client(b -> b.certificate(cert("client-chain.pem"), cert("client.key"))))) {
                assertEquals("me from localhost", exchange(socket, "me"));
            }
            try (TlsSocket accepted = served.get()) {
                assertEquals("CN=Parley Test Client", accepted.peerCertificate().orElseThrow().subject());
            }
        }
    }

    @Test
    void aClientWithoutCertificateIsToldToConfigureOne() throws Exception {
        TlsConfig serverConfig = server(b -> b.verifyMode("peer|fail_if_no_peer_cert").caFile(cert("root.pem")));
        try (TlsServerSocket server = Fixtures.listen(serverConfig)) {
            Future<TlsSocket> served = inBackground(server::accept);
            try (TlsSocket socket = TlsSocket.connect("localhost", server.getLocalPort(), client(b -> b))) {
                // TLS 1.3: the client's handshake is over before the server has judged its (empty) Certificate.
                ParleyException e = assertThrows(ParleyException.class, () -> socket.getInputStream().read());
                assertTrue(e.getMessage().contains("it requires a client certificate — configure one with "
                        + "certificate(certFile, keyFile)"), e.getMessage());
            }
            ExecutionException failed = assertThrows(ExecutionException.class, served::get);
            CertificateRejectedException e = assertInstanceOf(CertificateRejectedException.class, failed.getCause());
            assertEquals(ErrorCode.CLIENT_CERTIFICATE_REJECTED, e.code());
            assertTrue(e.getMessage().contains("the client sent no certificate, and this server requires one"),
                    e.getMessage());
        }
    }

    @Test
    void anRsaServerCertificateAndKeyUpdatesMidStream() throws Exception {
        TlsConfig serverConfig = TlsConfig.server().certificate(cert("rsa-server-chain.pem"), cert("rsa-server.key"))
                .build();
        byte[] data = new byte[300_000];
        new Random(5).nextBytes(data);
        try (TlsServerSocket server = Fixtures.listen(serverConfig)) {
            Future<byte[]> served = inBackground(() -> {
                try (TlsSocket socket = server.accept()) {
                    byte[] received = socket.getInputStream().readNBytes(data.length);
                    socket.updateKeys(false);
                    socket.getOutputStream().write(received);
                    return received;
                }
            });
            try (TlsSocket socket = TlsSocket.connect("localhost", server.getLocalPort(), client(b -> b))) {
                socket.getOutputStream().write(data, 0, 100_000);
                socket.updateKeys(true);
                socket.getOutputStream().write(data, 100_000, data.length - 100_000);
                assertArrayEquals(data, socket.getInputStream().readNBytes(data.length));
                assertTrue(socket.session().orElseThrow().peerSignatureScheme().orElseThrow().toString()
                        .startsWith("rsa_pss_rsae"), socket.session().toString());
            }
            assertArrayEquals(data, served.get());
        }
    }

    @Test
    void aClientVerifiesByDefaultAgainstTheDefaultCaStore() throws Exception {
        // default_ca set to a root that did not issue the server's chain; the system store would refuse it too.
        TlsDefaults.setDefaultCa(cert("other-root.pem"));
        try (TlsServerSocket server = Fixtures.listen(server(b -> b))) {
            Future<TlsSocket> served = inBackground(server::accept);
            CertificateRejectedException e = assertThrows(CertificateRejectedException.class,
                    () -> TlsSocket.connect("localhost", server.getLocalPort(), TlsConfig.client().build()));
            assertEquals(ErrorCode.CERTIFICATE_VERIFY_FAILED, e.code());
            ExecutionException failed = assertThrows(ExecutionException.class, served::get);
            ParleyException serverSide = assertInstanceOf(ParleyException.class, failed.getCause());
            assertTrue(serverSide.getMessage().contains("the client does not accept our certificate"),
                    serverSide.getMessage());
        } finally {
            TlsDefaults.reset();
        }
    }
}
