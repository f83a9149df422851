package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.CertificateDetails;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code parley client} against {@code parley server}, both in this process, over 127.0.0.1. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ClientServerTest {

    private final Pki pki = Pki.get();

    private Runs.Server server(String mode, int connections, String... more) throws Exception {
        String[] base = {"server", "--port", "0", "--bind", "127.0.0.1", "--cert", pki.path("server.pem"), "--key",
                pki.path("server.key"), "--naccept", String.valueOf(connections)};
        if (!mode.isEmpty()) {
            base = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.stream.Stream.of(mode))
                    .toArray(String[]::new);
        }
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return Runs.server(args);
    }

    @Test
    void theClientPrintsTheWholeWwwResponseAndTheSummaryGoesToStderr() throws Exception {
        Runs.Server server = server("--www", 1);
        Runs.Result client = Runs.withInput("GET / HTTP/1.0\r\n\r\n", "client", "--ca", pki.path("ca.pem"),
                "localhost:" + server.port());
        assertEquals(0, client.exitCode(), client.err());
        String response = client.out();
        assertTrue(response.startsWith("HTTP/1.0 200 OK\r\n"), response);
        assertTrue(response.contains("Content-Type: text/plain; charset=utf-8\r\n"), response);
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertTrue(response.contains("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"), response);
        assertTrue(body.contains("protocol            TLSv1.3"), body);
        assertTrue(body.contains("SNI                 localhost"), body);
        assertTrue(body.contains("resumed             no"), body);
        assertTrue(body.contains("signature scheme    ecdsa_secp256r1_sha256 (our CertificateVerify)"), body);
        assertTrue(body.contains("request             GET / HTTP/1.0"), body);
        assertTrue(client.err().startsWith("parley client: connected to localhost:" + server.port()), client.err());
        assertTrue(client.err().contains("[0] subject CN=localhost"), client.err());
        Runs.Result served = server.awaitEnd();
        assertEquals(0, served.exitCode());
        assertTrue(served.err().contains("127.0.0.1:") && served.err().contains("TLSv1.3 TLS_AES_128_GCM_SHA256"),
                served.err());
    }

    @Test
    void echoRoundTripsBytesExactly() throws Exception {
        Runs.Server server = server("--echo", 1);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        byte[] data = new byte[70_000];
        new java.util.Random(11).nextBytes(data);
        int code = Main.run(new String[] {"client", "--ca", pki.path("ca.pem"), "--half-close", "--quiet",
                "localhost:" + server.port()}, new Console(new java.io.ByteArrayInputStream(data),
                new java.io.PrintStream(out, true), new java.io.PrintStream(err, true)));
        assertEquals(0, code, err.toString());
        assertEquals(0, err.size(), "--quiet prints nothing on stderr");
        assertTrue(java.util.Arrays.equals(data, out.toByteArray()), "every byte came back, in order");
        server.awaitEnd();
    }

    @Test
    void aPinnedFingerprintReplacesTheCa() throws Exception {
        String pin = CertificateDetails.of(pki.server.certificate()).fingerprint();
        Runs.Server server = server("--www", 2);
        Runs.Result pinned = Runs.withInput("GET / HTTP/1.0\r\n\r\n", "client", "--fingerprint", pin,
                "127.0.0.1:" + server.port());
        assertEquals(0, pinned.exitCode(), pinned.err());
        assertTrue(pinned.out().startsWith("HTTP/1.0 200 OK"), pinned.out());
        Runs.Result wrong = Runs.withInput("GET / HTTP/1.0\r\n\r\n", "client", "--fingerprint",
                "sha256$" + "00".repeat(32), "127.0.0.1:" + server.port());
        assertEquals(Main.FAILED, wrong.exitCode());
        assertTrue(wrong.err().startsWith("parley: certificate verify failed"), wrong.err());
        assertEquals(1, wrong.err().lines().count(), "one line, no stack trace: " + wrong.err());
        server.awaitEnd();
    }

    @Test
    void withoutTrustTheHandshakeFailsWithParleysMessage() throws Exception {
        Runs.Server server = server("--www", 1);
        Runs.Result client = Runs.withInput("GET / HTTP/1.0\r\n\r\n", "client", "--ca", pki.path("other-ca.pem"),
                "localhost:" + server.port());
        assertEquals(Main.FAILED, client.exitCode());
        assertTrue(client.err().startsWith("parley: certificate verify failed"), client.err());
        assertEquals("", client.out());
        Runs.Result served = server.awaitEnd();
        assertTrue(served.err().contains("unknown_ca"), served.err());
    }

    @Test
    void insecureWarnsLoudlyAndConnects() throws Exception {
        Runs.Server server = server("--www", 1);
        Runs.Result client = Runs.withInput("GET / HTTP/1.0\r\n\r\n", "client", "--insecure",
                "127.0.0.1:" + server.port());
        assertEquals(0, client.exitCode(), client.err());
        assertTrue(client.err().startsWith("parley client: WARNING: --insecure"), client.err());
        assertTrue(client.out().startsWith("HTTP/1.0 200 OK"), client.out());
        server.awaitEnd();
    }

    @Test
    void servernameSetsSniAndAnEmptyOneSendsNone() throws Exception {
        Runs.Server server = server("--www", 2);
        Runs.Result named = Runs.withInput("GET / HTTP/1.0\r\n\r\n", "client", "--ca", pki.path("ca.pem"),
                "--servername", "localhost", "127.0.0.1:" + server.port());
        assertEquals(0, named.exitCode(), named.err());
        assertTrue(named.out().contains("SNI                 localhost"), named.out());
        Runs.Result none = Runs.withInput("GET / HTTP/1.0\r\n\r\n", "client", "--ca", pki.path("ca.pem"),
                "--servername", "", "127.0.0.1:" + server.port());
        assertEquals(0, none.exitCode(), none.err());
        assertTrue(none.out().contains("SNI                 none"), none.out());
        server.awaitEnd();
    }

    @Test
    void groupsChooseTheKeyExchangeOnBothSides() throws Exception {
        Runs.Server server = server("--www", 1, "--groups", "P-521:ffdhe2048");
        Runs.Result client = Runs.withInput("GET / HTTP/1.0\r\n\r\n", "client", "--ca", pki.path("ca.pem"),
                "--groups", "X25519,secp521r1", "localhost:" + server.port());
        assertEquals(0, client.exitCode(), client.err());
        // P-521 is in neither default list: only the two --groups options make it the group.
        assertTrue(client.out().contains("key exchange group  secp521r1"), client.out());
        server.awaitEnd();
    }

    @Test
    void getKeyupdateMakesTheServerUpdateItsKeysBeforeThePage() throws Exception {
        Runs.Server server = server("--www", 1);
        Runs.Result client = Runs.withInput("GET /keyupdate HTTP/1.0\r\n\r\n", "client", "--ca", pki.path("ca.pem"),
                "localhost:" + server.port());
        assertEquals(0, client.exitCode(), client.err());
        // The page arrives under the server's next traffic keys, after the client answered the
        // KeyUpdate; a client that could not follow would have failed with bad_record_mac.
        assertTrue(client.out().contains("key update          sent, update_requested"), client.out());
        server.awaitEnd();
    }

    @Test
    void alpnIsNegotiatedAndClientCertificatesAreShown() throws Exception {
        Runs.Server server = server("--www", 1, "--alpn", "http/1.1", "--verify-client", "require", "--ca",
                pki.path("ca.pem"));
        Runs.Result client = Runs.withInput("GET / HTTP/1.0\r\n\r\n", "client", "--ca", pki.path("ca.pem"),
                "--alpn", "h2,http/1.1", "--cert", pki.path("client.pem"), "--key", pki.path("client.key"),
                "localhost:" + server.port());
        assertEquals(0, client.exitCode(), client.err());
        assertTrue(client.out().contains("ALPN                http/1.1"), client.out());
        assertTrue(client.out().contains("client certificate  CN=CLI Test Client"), client.out());
        assertTrue(server.awaitEnd().err().contains("client-cert=CN=CLI Test Client"));
    }

    @Test
    void aServerThatRequiresAClientCertificateRefusesOneWithout() throws Exception {
        Runs.Server server = server("--www", 1, "--verify-client", "require", "--ca", pki.path("ca.pem"));
        Runs.Result client = Runs.withInput("GET / HTTP/1.0\r\n\r\n", "client", "--ca", pki.path("ca.pem"),
                "localhost:" + server.port());
        assertEquals(Main.FAILED, client.exitCode(), client.out());
        // TLS 1.3: the client's handshake is complete before the server judges its (missing)
        // certificate, so the summary comes first and the server's alert ends the relay.
        List<String> lines = client.err().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("parley: the server localhost:" + server.port()
                + " ended the connection with the alert certificate_required"), client.err());
        server.awaitEnd();
    }

    @Test
    void aMethodOtherThanGetIsRefusedWithAStatus() throws Exception {
        Runs.Server server = server("--www", 1);
        Runs.Result client = Runs.withInput("DELETE / HTTP/1.0\r\n\r\n", "client", "--ca", pki.path("ca.pem"),
                "--quiet", "localhost:" + server.port());
        assertTrue(client.out().startsWith("HTTP/1.0 405 Method Not Allowed\r\n"), client.out());
        server.awaitEnd();
    }

    @Test
    void aClientThatClosesWithoutARequestGetsNoPage() throws Exception {
        Runs.Server server = server("--www", 1);
        Runs.Result client = Runs.withInput("", "client", "--ca", pki.path("ca.pem"), "--quiet", "--half-close",
                "localhost:" + server.port());
        assertEquals(0, client.exitCode(), client.err());
        assertEquals("", client.out());
        server.awaitEnd();
    }

    @Test
    void relayModeCopiesWhatTheClientSendsToStdout() throws Exception {
        Runs.Server server = server("", 1);
        Runs.Result client = Runs.withInput("from the client\n", "client", "--ca", pki.path("ca.pem"), "--quiet",
                "--half-close", "localhost:" + server.port());
        assertEquals(0, client.exitCode(), client.err());
        Runs.Result served = server.awaitEnd();
        assertEquals("from the client\n", served.out());
    }

    @Test
    void ipv6AddressesGoInBrackets() throws Exception {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("::1"))) {
            probe.getLocalPort();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no IPv6 loopback here: " + e.getMessage());
        }
        Runs.Server server = Runs.server("server", "--port", "0", "--bind", "::1", "--cert", pki.path("server.pem"),
                "--key", pki.path("server.key"), "--www", "--naccept", "1");
        Runs.Result client = Runs.withInput("GET / HTTP/1.0\r\n\r\n", "client", "--ca", pki.path("ca.pem"),
                "--servername", "localhost", "[::1]:" + server.port());
        assertEquals(0, client.exitCode(), client.err());
        assertTrue(client.err().startsWith("parley client: connected to [::1]:" + server.port()), client.err());
        assertTrue(client.out().startsWith("HTTP/1.0 200 OK"), client.out());
        assertTrue(server.awaitEnd().err().startsWith("parley server: listening on [0:0:0:0:0:0:0:1]:"));
    }
}
