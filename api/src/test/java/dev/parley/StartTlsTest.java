package dev.parley;

import static dev.parley.Fixtures.inBackground;
import static dev.parley.Fixtures.readLine;
import static dev.parley.Fixtures.writeLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Upgrading a plain connection (SMTP's STARTTLS) and downgrading it again (FTPS's CCC,
 * IO::Socket::SSL's {@code stop_SSL}): plain text before, TLS in the middle, plain text after,
 * with nothing lost at either switch.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StartTlsTest {

    @Test
    void plainThenTlsThenPlainAgain() throws Exception {
        plainThenTlsThenPlainAgain(Fixtures.server(StandInHandshakes.plain()), Fixtures.client(StandInHandshakes.plain()),
                "smtp.example");
    }

    @Test
    void plainThenTlsThenPlainAgainWithTheRealStateMachines() throws Exception {
        plainThenTlsThenPlainAgain(TlsConfig.server().certificate(Fixtures.cert("server-chain.pem"),
                Fixtures.cert("server.key")).build(), TlsConfig.client().caFile(Fixtures.cert("root.pem")).build(),
                "localhost");
    }

    private static void plainThenTlsThenPlainAgain(TlsConfig serverConfig, TlsConfig clientConfig, String serverName)
            throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Future<String> server = inBackground(() -> {
                try (Socket plain = listener.accept()) {
                    writeLine(plain.getOutputStream(), "220 smtp.example ESMTP");
                    assertEquals("STARTTLS", readLine(plain.getInputStream()));
                    writeLine(plain.getOutputStream(), "220 go ahead");
                    TlsSocket tls = TlsSocket.startTls(plain, serverConfig);
                    String hello = readLine(tls.getInputStream());
                    writeLine(tls.getOutputStream(), "250 hello " + hello.substring(5));
                    assertEquals("CCC", readLine(tls.getInputStream()));
                    writeLine(tls.getOutputStream(), "200 back to plain text");
                    Socket again = tls.stopTls();
                    // Plain text right behind our close_notify: the client must not lose it.
                    writeLine(again.getOutputStream(), "221 plain bye");
                    return readLine(again.getInputStream());
                }
            });
            try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                InputStream in = plain.getInputStream();
                assertEquals("220 smtp.example ESMTP", readLine(in));
                writeLine(plain.getOutputStream(), "STARTTLS");
                assertEquals("220 go ahead", readLine(in));
                TlsSocket tls = TlsSocket.startTls(plain, clientConfig, serverName);
                assertEquals("TLSv1_3", tls.version());
                writeLine(tls.getOutputStream(), "EHLO client.example");
                assertEquals("250 hello client.example", readLine(tls.getInputStream()));
                writeLine(tls.getOutputStream(), "CCC");
                assertEquals("200 back to plain text", readLine(tls.getInputStream()));
                Socket again = tls.stopTls();
                assertEquals("221 plain bye", readLine(again.getInputStream()));
                writeLine(again.getOutputStream(), "QUIT");
                assertEquals("QUIT", server.get());
                tls.close();
                assertTrue(!plain.isClosed(), "closing the stopped TlsSocket leaves the plain socket to its owner");
                ParleyException e = assertThrows(ParleyException.class, tls::getInputStream);
                assertTrue(e.getMessage().contains("stopTls"), e.getMessage());
            }
        }
    }

    @Test
    void theClientNamesTheServerForSni() throws Exception {
        TlsConfig serverConfig = Fixtures.server(StandInHandshakes.plain());
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Future<?> server = inBackground(() -> {
                try (TlsSocket tls = TlsSocket.startTls(listener.accept(), serverConfig)) {
                    return tls.getInputStream().read();
                }
            });
            try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                 TlsSocket tls = TlsSocket.startTls(plain, Fixtures.client(StandInHandshakes.plain()), "mail.example.")) {
                assertEquals(java.util.Optional.of("mail.example"), tls.serverName(), "SNI has no trailing dot");
            }
            server.get();
        }
    }

    @Test
    void aServerConfigCannotStartAClient() throws Exception {
        TlsConfig serverConfig = Fixtures.server(StandInHandshakes.plain());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TlsSocket.startTls(new Socket(), serverConfig, "example.com"));
        assertTrue(e.getMessage().contains("needs a config from TlsConfig.client()"), e.getMessage());
    }
}
