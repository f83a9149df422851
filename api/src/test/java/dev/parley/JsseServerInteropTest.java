package dev.parley;

import static dev.parley.Fixtures.inBackground;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A Parley client (the real TLS 1.3 client states inside {@link TlsSocket}) against the JDK's JSSE server. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class JsseServerInteropTest {

    @Test
    void parleyClientTalksToAJsseServer() throws Exception {
        try (SSLServerSocket server = JssePeers.server("server.p12", "h2", "http/1.1")) {
            Future<String> served = inBackground(() -> {
                try (SSLSocket client = (SSLSocket) server.accept()) {
                    String line = Fixtures.readLine(client.getInputStream());
                    Fixtures.writeLine(client.getOutputStream(), "echo " + line + " via "
                            + client.getSession().getCipherSuite());
                    return client.getApplicationProtocol();
                }
            });
            TlsConfig config = TlsConfig.client().alpn("http/1.1")
                    .insecureDisableVerification().build();
            try (TlsSocket socket = TlsSocket.connect("localhost", server.getLocalPort(), config)) {
                Fixtures.writeLine(socket.getOutputStream(), "hello");
                String answer = Fixtures.readLine(socket.getInputStream());
                assertTrue(answer.startsWith("echo hello via TLS_"), answer);
                assertEquals("TLSv1_3", socket.version());
                assertEquals(answer.substring("echo hello via ".length()), socket.cipher());
                assertEquals(Optional.of("http/1.1"), socket.alpnSelected());
                assertEquals("CN=localhost", socket.peerCertificate().orElseThrow().subject());
                assertEquals(ExpectedFingerprints.SERVER_SHA256, socket.fingerprint());
                assertEquals(2, socket.peerCertificates().size(), "the leaf and the intermediate of server.p12");
            }
            assertEquals("http/1.1", served.get());
        }
    }
}
