package dev.parley.handshake.engine;

import dev.parley.record.TlsException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A client and a server engine joined in memory (STYLE.md §12): {@link #pump()} moves bytes both
 * ways until neither side has anything more to say. The wire between them can be cut into chunks
 * of random sizes (a seeded {@link Random}), and each direction has a tamper hook that sees every
 * chunk before delivery (flip a byte, drop or replace it).
 */
public final class EnginePair {

    private final TlsEngine client;
    private final TlsEngine server;
    private final Random random;
    private final int maxChunk;
    private final Direction toServer = new Direction();
    private final Direction toClient = new Direction();

    /** Engines joined by a wire that delivers whatever was produced at once, whole. */
    public EnginePair(TlsEngine client, TlsEngine server) {
        this(client, server, 0L, Integer.MAX_VALUE);
    }

    /** Engines joined by a wire that delivers in chunks of 1..maxChunk bytes, sizes drawn from {@code seed}. */
    public EnginePair(TlsEngine client, TlsEngine server, long seed, int maxChunk) {
        this.client = client;
        this.server = server;
        this.random = new Random(seed);
        this.maxChunk = maxChunk;
    }

    public TlsEngine client() {
        return client;
    }

    public TlsEngine server() {
        return server;
    }

    /** Sets what happens to each chunk on its way from client to server. */
    public EnginePair tamperClientToServer(UnaryOperator<byte[]> hook) {
        toServer.tamper = hook;
        return this;
    }

    /** Sets what happens to each chunk on its way from server to client. */
    public EnginePair tamperServerToClient(UnaryOperator<byte[]> hook) {
        toClient.tamper = hook;
        return this;
    }

    /** Runs until the handshake completed on both sides (or a failure is thrown). */
    public EnginePair handshake() throws TlsException {
        pump();
        if (!client.isHandshakeComplete() || !server.isHandshakeComplete()) {
            throw new AssertionError("handshake stalled: client " + client.status() + ", server " + server.status());
        }
        return this;
    }

    /**
     * Moves bytes until nothing moves. The first failure on either side is thrown at once; the
     * failing side's alert stays queued and reaches the other side on the next {@code pump()}.
     */
    public void pump() throws TlsException {
        boolean moved = true;
        while (moved) {
            moved = toServer.move(client, server) | toClient.move(server, client);
        }
    }

    /** Writes all of {@code data} from {@code from} and pumps; returns what the other side read. */
    public byte[] send(TlsEngine from, byte[] data) throws TlsException {
        TlsEngine to = from == client ? server : client;
        ByteBuffer in = ByteBuffer.wrap(data);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        int idleRounds = 0;
        while (received.size() < data.length && idleRounds < 3) {
            boolean progress = from.write(in) > 0;
            pump();
            int n;
            while ((n = to.read(buffer)) > 0) {
                received.write(buffer.array(), 0, n);
                buffer.clear();
                progress = true;
                pump();
            }
            idleRounds = progress ? 0 : idleRounds + 1;
        }
        return received.toByteArray();
    }

    /** One direction of the wire: produced bytes not yet delivered. */
    private final class Direction {
        private UnaryOperator<byte[]> tamper = UnaryOperator.identity();
        private ByteBuffer inFlight = ByteBuffer.allocate(0);

        boolean move(TlsEngine from, TlsEngine to) throws TlsException {
            boolean moved = false;
            ByteBuffer produced = ByteBuffer.allocate(64 * 1024);
            while (from.produce(produced) > 0) {
                produced.flip();
                byte[] bytes = new byte[produced.remaining()];
                produced.get(bytes);
                append(bytes);
                produced.clear();
                moved = true;
            }
            while (inFlight.hasRemaining() && !to.isInboundClosed()) {
                int chunk = Math.min(inFlight.remaining(), 1 + random.nextInt(Math.min(maxChunk, 1 << 20)));
                byte[] bytes = new byte[chunk];
                inFlight.get(bytes);
                ByteBuffer input = ByteBuffer.wrap(tamper.apply(bytes));
                to.feed(input);
                if (input.hasRemaining()) {
                    // The receiver has no room for more plaintext: keep the rest until it reads.
                    moved |= input.position() > 0;
                    byte[] rest = new byte[input.remaining() + inFlight.remaining()];
                    int fromInput = input.remaining();
                    input.get(rest, 0, fromInput);
                    inFlight.get(rest, fromInput, inFlight.remaining());
                    inFlight = ByteBuffer.wrap(rest);
                    return moved;
                }
                moved = true;
            }
            return moved;
        }

        private void append(byte[] bytes) {
            ByteBuffer joined = ByteBuffer.allocate(inFlight.remaining() + bytes.length);
            joined.put(inFlight).put(bytes).flip();
            inFlight = joined;
        }
    }
}
