package dev.parley;

import static dev.parley.Fixtures.cert;
import static dev.parley.Fixtures.inBackground;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The JDK's JSSE client against a Parley server (the real TLS 1.3 server states inside {@link TlsServerSocket}). */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class JsseClientInteropTest {

    private static SSLSocket jsseClient(String keyStore, int port, String... alpn) throws Exception {
        SSLSocket socket = (SSLSocket) JssePeers.context(keyStore).getSocketFactory().createSocket("localhost", port);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3"});
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        parameters.setApplicationProtocols(alpn);
        // JSSE sends no SNI for a dotless name like localhost unless told to.
        parameters.setServerNames(java.util.List.of(new javax.net.ssl.SNIHostName("localhost")));
        socket.setSSLParameters(parameters);
        return socket;
    }

    @Test
    void aJsseClientTalksToAParleyServer() throws Exception {
        TlsConfig config = TlsConfig.server().certificate(cert("server-chain.pem"), cert("server.key"))
                .alpn("h2").build();
        try (TlsServerSocket server = Fixtures.listen(config)) {
            Future<String> served = inBackground(() -> {
                try (TlsSocket socket = server.accept()) {
                    String line = Fixtures.readLine(socket.getInputStream());
                    Fixtures.writeLine(socket.getOutputStream(), line + " via " + socket.cipher());
                    return socket.alpnSelected().orElse("-") + " " + socket.serverName().orElse("-");
                }
            });
            try (SSLSocket socket = jsseClient(null, server.getLocalPort(), "h2", "http/1.1")) {
                Fixtures.writeLine(socket.getOutputStream(), "hello");
                String answer = Fixtures.readLine(socket.getInputStream());
                assertEquals("hello via " + socket.getSession().getCipherSuite(), answer);
                assertEquals("TLSv1.3", socket.getSession().getProtocol());
                assertEquals("h2", socket.getApplicationProtocol());
            }
            assertEquals("h2 localhost", served.get());
        }
    }

    @Test
    void aJsseClientAuthenticatesToAParleyServer() throws Exception {
        TlsConfig config = TlsConfig.server().certificate(cert("server-chain.pem"), cert("server.key"))
                .verifyMode(VerifyMode.REQUIRE_PEER).caFile(cert("root.pem")).build();
        try (TlsServerSocket server = Fixtures.listen(config)) {
            Future<Optional<String>> served = inBackground(() -> {
                try (TlsSocket socket = server.accept()) {
                    Fixtures.writeLine(socket.getOutputStream(), Fixtures.readLine(socket.getInputStream()));
                    return socket.peerCertificate().map(CertificateDetails::subject);
                }
            });
            try (SSLSocket socket = jsseClient("client.p12", server.getLocalPort())) {
                Fixtures.writeLine(socket.getOutputStream(), "ping");
                assertEquals("ping", Fixtures.readLine(socket.getInputStream()));
            }
            assertEquals(Optional.of("CN=Parley Test Client"), served.get());
        }
    }
}
