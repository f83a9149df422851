package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.TlsConfig;
import dev.parley.TlsSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code parley client --starttls smtp} against a tiny plain SMTP responder that then speaks TLS. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StartTlsTest {

    private final Pki pki = Pki.get();

    /** Greets, answers EHLO and STARTTLS, then runs the TLS server side and answers one line inside TLS. */
    private CompletableFuture<List<String>> smtpResponder(ServerSocket listener, boolean offerTls) {
        return CompletableFuture.supplyAsync(() -> {
            List<String> heard = new ArrayList<>();
            try (Socket plain = listener.accept()) {
                InputStream in = plain.getInputStream();
                OutputStream out = plain.getOutputStream();
                send(out, "220 mail.test ESMTP ready");
                heard.add(StartTls.readLine(in));
                send(out, "250-mail.test greets you");
                send(out, "250-SIZE 1000000");
                send(out, "250 STARTTLS");
                heard.add(StartTls.readLine(in));
                if (!offerTls) {
                    send(out, "454 TLS not available");
                    return heard;
                }
                send(out, "220 go ahead");
                TlsConfig config = TlsConfig.server().certificate(pki.file("server.pem"), pki.file("server.key")).build();
                try (TlsSocket tls = TlsSocket.startTls(plain, config)) {
                    heard.add(StartTls.readLine(tls.getInputStream()));
                    send(tls.getOutputStream(), "250 that was encrypted");
                }
            } catch (IOException e) {
                heard.add("responder failed: " + e);
            }
            return heard;
        });
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Test
    void smtpStarttlsThenTlsOnTheSameConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<List<String>> responder = smtpResponder(listener, true);
            Runs.Result client = Runs.withInput("NOOP inside TLS\r\n", "client", "--starttls", "smtp", "--ca",
                    pki.path("ca.pem"), "localhost:" + listener.getLocalPort());
            assertEquals(0, client.exitCode(), client.err());
            assertEquals("250 that was encrypted\r\n", client.out());
            assertTrue(client.err().contains("after SMTP STARTTLS"), client.err());
            assertTrue(client.err().contains("protocol            TLSv1.3"), client.err());
            assertEquals(List.of("EHLO parley.invalid", "STARTTLS", "NOOP inside TLS"), responder.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aServerThatRefusesStarttlsIsReportedInOneLine() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<List<String>> responder = smtpResponder(listener, false);
            Runs.Result client = Runs.run("client", "--starttls", "smtp", "--ca", pki.path("ca.pem"),
                    "localhost:" + listener.getLocalPort());
            assertEquals(Main.FAILED, client.exitCode());
            assertEquals("parley: STARTTLS refused: the server's answer to STARTTLS, expected 220 was "
                    + "'454 TLS not available'\n", client.err());
            responder.get(30, TimeUnit.SECONDS);
        }
    }
}
