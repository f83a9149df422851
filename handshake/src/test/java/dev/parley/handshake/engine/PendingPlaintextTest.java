package dev.parley.handshake.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.record.TlsException;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** {@link TlsEngine#pendingPlaintext()}: what a non-blocking owner can read without new input. */
class PendingPlaintextTest {

    @Test
    void countsDecryptedBytesUntilTheyAreRead() throws TlsException {
        EnginePair pair = new EnginePair(TlsEngine.start(FakeHandshake.config(), FakeHandshake.client()),
                TlsEngine.start(FakeHandshake.config(), FakeHandshake.server())).handshake();
        assertEquals(0, pair.client().pendingPlaintext());
        pair.server().write(ByteBuffer.wrap(new byte[1000]));
        pair.pump();
        assertEquals(1000, pair.client().pendingPlaintext());
        ByteBuffer out = ByteBuffer.allocate(300);
        assertEquals(300, pair.client().read(out));
        assertEquals(700, pair.client().pendingPlaintext());
    }
}
