package dev.parley;

import static dev.parley.Fixtures.inBackground;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.handshake.engine.TlsEngine;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The peer's close_notify and the plain text behind it arrive in one TCP write, so one socket
 * read takes both: {@link TlsSocket#stopTls()} must hand the plain bytes over, not drop them.
 * The server side is a bare engine driven by hand, so the test controls exactly what is written.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StopTlsLeftoverTest {

    @Test
    void plainBytesReadTogetherWithCloseNotifyAreNotLost() throws Exception {
        TlsConfig serverConfig = Fixtures.server(StandInHandshakes.plain());
        CountDownLatch written = new CountDownLatch(1);
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Future<String> server = inBackground(() -> {
                try (Socket plain = listener.accept()) {
                    TlsEngine engine = EngineSetup.server(serverConfig, serverConfig.handshakes());
                    InputStream in = plain.getInputStream();
                    OutputStream out = plain.getOutputStream();
                    ByteBuffer inbound = ByteBuffer.allocate(32 * 1024).flip();
                    while (!engine.isHandshakeComplete()) {
                        inbound.compact();
                        int count = in.read(inbound.array(), inbound.position(), inbound.remaining());
                        inbound.position(inbound.position() + count).flip();
                        engine.feed(inbound);
                        send(engine, out, new byte[0]);
                    }
                    engine.close();
                    send(engine, out, "PLAIN AFTER TLS\r\n".getBytes(StandardCharsets.US_ASCII));
                    written.countDown();
                    // Read the client's close_notify, then its plain answer, which may have come with it.
                    while (!engine.isInboundClosed()) {
                        inbound.compact();
                        int count = in.read(inbound.array(), inbound.position(), inbound.remaining());
                        inbound.position(inbound.position() + count).flip();
                        engine.feed(inbound);
                    }
                    byte[] rest = new byte[inbound.remaining()];
                    inbound.get(rest);
                    return Fixtures.readLine(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(rest), in));
                }
            });
            try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                plain.setSoTimeout(10_000);
                TlsSocket tls = TlsSocket.startTls(plain, Fixtures.client(StandInHandshakes.plain()), "localhost");
                written.await();
                Socket again = tls.stopTls();
                assertEquals("PLAIN AFTER TLS", Fixtures.readLine(again.getInputStream()));
                Fixtures.writeLine(again.getOutputStream(), "ACK");
                assertEquals("ACK", server.get());
            }
        }
    }

    /** Writes what the engine produced followed by {@code plain}, in one write. */
    private static void send(TlsEngine engine, OutputStream out, byte[] plain) throws java.io.IOException {
        ByteBuffer produced = ByteBuffer.allocate(64 * 1024);
        engine.produce(produced);
        produced.put(plain);
        out.write(produced.array(), 0, produced.position());
        out.flush();
    }
}
