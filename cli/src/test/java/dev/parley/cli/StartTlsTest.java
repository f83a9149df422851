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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * The other dialogues against a scripted responder: it sends {@code greeting}, expects the
     * client's request to contain {@code request}, answers {@code goAhead}, then speaks TLS.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "imap | * OK IMAP4rev1 ready\\r\\n | a1 STARTTLS | * CAPABILITY IMAP4rev1\\r\\na1 OK begin TLS\\r\\n",
        "pop3 | +OK POP3 ready\\r\\n | STLS | +OK begin TLS\\r\\n",
        "ftp | 220-welcome\\r\\n220 ready\\r\\n | AUTH TLS | 234 AUTH TLS ok\\r\\n",
        "xmpp | | <stream:stream to='localhost' | <?xml version='1.0'?><stream:stream><stream:features><starttls "
                + "xmlns='urn:ietf:params:xml:ns:xmpp-tls'/></stream:features>/<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"})
    void otherProtocolsUpgradeToo(String protocol, String greeting, String request, String goAhead) throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> responder = CompletableFuture.supplyAsync(() -> {
                try (Socket plain = listener.accept()) {
                    InputStream in = plain.getInputStream();
                    OutputStream out = plain.getOutputStream();
                    out.write(unescape(greeting == null ? "" : greeting).getBytes(StandardCharsets.US_ASCII));
                    String[] answers = goAhead.split("/(?=<proceed)");
                    String heard = protocol.equals("xmpp") ? readUntil(in, "'1.0'>") : StartTls.readLine(in);
                    out.write(unescape(answers[0]).getBytes(StandardCharsets.US_ASCII));
                    if (protocol.equals("xmpp")) {
                        readUntil(in, "/>");
                        out.write(answers[1].getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                    TlsConfig config = TlsConfig.server().certificate(pki.file("server.pem"), pki.file("server.key"))
                            .build();
                    try (TlsSocket tls = TlsSocket.startTls(plain, config)) {
                        send(tls.getOutputStream(), "inside TLS " + StartTls.readLine(tls.getInputStream()));
                    }
                    return heard;
                } catch (IOException e) {
                    return "responder failed: " + e;
                }
            });
            Runs.Result client = Runs.withInput("ping\n", "client", "--starttls", protocol, "--ca", pki.path("ca.pem"),
                    "--quiet", "localhost:" + listener.getLocalPort());
            assertEquals(0, client.exitCode(), client.err());
            assertEquals("inside TLS ping\r\n", client.out());
            String heard = responder.get(30, TimeUnit.SECONDS);
            assertTrue(heard.contains(request), heard);
        }
    }

    private static String unescape(String text) {
        return text.replace("\\r", "\r").replace("\\n", "\n");
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        StringBuilder text = new StringBuilder();
        int c;
        while (text.indexOf(end) < 0 && (c = in.read()) != -1) {
            text.append((char) c);
        }
        return text.toString();
    }
}
