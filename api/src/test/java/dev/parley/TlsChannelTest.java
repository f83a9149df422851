package dev.parley;

import static dev.parley.Fixtures.inBackground;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Random;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The non-blocking adapter: reads that return 0 with {@code wants()} READ or WRITE, selector
 * interest from it, {@code pending()}, against a blocking {@link TlsServerSocket} and against
 * another {@link TlsChannel}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TlsChannelTest {

    private static SocketChannel connect(int port) throws Exception {
        SocketChannel channel = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        channel.configureBlocking(false);
        return channel;
    }

    @Test
    void aNonBlockingClientSaysWhatItWaitsFor() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain()))) {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            Future<String> served = inBackground(() -> {
                try (TlsSocket client = server.accept()) {
                    go.await();
                    client.getOutputStream().write("0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    return Fixtures.readLine(client.getInputStream());
                }
            });
            try (TlsChannel tls = TlsChannel.open(connect(server.getLocalPort()),
                    Fixtures.client(StandInHandshakes.plain()), "localhost");
                 Selector selector = Selector.open()) {
                ByteBuffer buffer = ByteBuffer.allocate(4);
                SelectionKey key = tls.channel().register(selector, SelectionKey.OP_READ);
                // Before the server answers, reading gives nothing and waits for the socket.
                while (!tls.handshake()) {
                    key.interestOps(tls.interestOps());
                    selector.select();
                }
                assertEquals(0, tls.read(buffer));
                assertEquals(TlsChannel.Wants.READ, tls.wants());
                assertEquals(SelectionKey.OP_READ, tls.interestOps());
                go.countDown();
                while (tls.read(buffer) == 0) {
                    key.interestOps(tls.interestOps());
                    selector.select();
                }
                assertEquals("0123", new String(buffer.array(), java.nio.charset.StandardCharsets.US_ASCII));
                assertEquals(6, tls.pending(), "the rest of the record is decrypted and waiting");
                buffer.clear();
                assertEquals(4, tls.read(buffer), "pending bytes come without touching the socket");
                assertTrue(tls.write(ByteBuffer.wrap("ok\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) > 0);
                assertTrue(tls.flush());
                assertEquals("ok", served.get());
                assertEquals("TLSv1_3", VersionSyntax.name(tls.session().orElseThrow().version()));
            }
        }
    }

    @Test
    void twoChannelsMoveAMegabyteThroughOneSelector() throws Exception {
        moveAMegabyte(Fixtures.client(StandInHandshakes.plain()), Fixtures.server(StandInHandshakes.plain()));
    }

    @Test
    void twoChannelsWithTheRealStateMachines() throws Exception {
        moveAMegabyte(TlsConfig.client().caFile(Fixtures.cert("root.pem")).build(), TlsConfig.server()
                .certificate(Fixtures.cert("server-chain.pem"), Fixtures.cert("server.key")).build());
    }

    private static void moveAMegabyte(TlsConfig clientConfig, TlsConfig serverConfig) throws Exception {
        byte[] data = new byte[1 << 20];
        new Random(3).nextBytes(data);
        try (ServerSocketChannel listener = ServerSocketChannel.open();
             Selector selector = Selector.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            SocketChannel clientChannel = connect(((InetSocketAddress) listener.getLocalAddress()).getPort());
            SocketChannel serverChannel = listener.accept();
            serverChannel.configureBlocking(false);
            TlsChannel client = TlsChannel.open(clientChannel, clientConfig, "localhost");
            TlsChannel server = TlsChannel.open(serverChannel, serverConfig);
            SelectionKey clientKey = clientChannel.register(selector, SelectionKey.OP_WRITE, client);
            SelectionKey serverKey = serverChannel.register(selector, SelectionKey.OP_READ, server);
            ByteBuffer toSend = ByteBuffer.wrap(data);
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            boolean clientClosed = false;
            while (true) {
                if (!clientClosed) {
                    if (toSend.hasRemaining()) {
                        client.write(toSend);
                    }
                    if (!toSend.hasRemaining() && client.flush()) {
                        client.close();
                        clientClosed = true;
                    }
                }
                int count;
                while ((count = server.read(buffer.clear())) > 0) {
                    received.write(buffer.array(), 0, count);
                }
                if (count < 0) {
                    break;
                }
                if (!clientClosed) {
                    clientKey.interestOps(toSend.hasRemaining() || client.wants() == TlsChannel.Wants.WRITE
                            ? SelectionKey.OP_WRITE : client.interestOps());
                }
                serverKey.interestOps(server.interestOps());
                selector.select();
                selector.selectedKeys().clear();
            }
            assertArrayEquals(data, received.toByteArray());
            assertFalse(client.isOpen());
            server.close();
        }
    }
}
