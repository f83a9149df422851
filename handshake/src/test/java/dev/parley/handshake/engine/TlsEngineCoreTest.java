package dev.parley.handshake.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.EngineFailure;
import dev.parley.handshake.EngineStatus;
import dev.parley.handshake.PeerAlertException;
import dev.parley.record.AlertDescription;
import dev.parley.record.RecordFailure;
import dev.parley.record.TlsException;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine core around a stand-in handshake ({@link FakeHandshake}): records, application data,
 * closure, truncation, alerts, change_cipher_spec, key updates and failure are the real thing.
 */
class TlsEngineCoreTest {

    private static EnginePair pair() throws TlsException {
        return new EnginePair(TlsEngine.start(FakeHandshake.config(), FakeHandshake.client()),
                TlsEngine.start(FakeHandshake.config(), FakeHandshake.server()));
    }

    private static EnginePair chunkedPair(long seed, int maxChunk) throws TlsException {
        return new EnginePair(TlsEngine.start(FakeHandshake.config(), FakeHandshake.client()),
                TlsEngine.start(FakeHandshake.config(), FakeHandshake.server()), seed, maxChunk);
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] data = new byte[length];
        new Random(seed).nextBytes(data);
        return data;
    }

    private static void feed(TlsEngine engine, String hex) throws TlsException {
        engine.feed(ByteBuffer.wrap(Bytes.fromHex(hex).toByteArray()));
    }

    @Test
    void handshakeCompletesAndApplicationDataFlowsBothWays() throws TlsException {
        EnginePair pair = pair().handshake();
        assertEquals(EngineStatus.OPEN, pair.client().status());
        assertEquals(EngineStatus.OPEN, pair.server().status());
        byte[] request = "GET / HTTP/1.0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertArrayEquals(request, pair.send(pair.client(), request));
        byte[] response = randomBytes(40_000, 1);
        assertArrayEquals(response, pair.send(pair.server(), response));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 100, 5000})
    void survivesAnyFragmentationOfTheWire(int maxChunk) throws TlsException {
        EnginePair pair = chunkedPair(maxChunk, maxChunk).handshake();
        byte[] data = randomBytes(70_000, maxChunk);
        assertArrayEquals(data, pair.send(pair.client(), data));
        assertArrayEquals(data, pair.send(pair.server(), data));
    }

    @Test
    void aMegabyteCrossesWhileTheReaderIsSlowerThanTheWriter() throws TlsException {
        EnginePair pair = chunkedPair(7, 40_000).handshake();
        byte[] data = randomBytes(1 << 20, 7);
        assertArrayEquals(data, pair.send(pair.server(), data));
    }

    @Test
    void writeBeforeTheHandshakeTakesNothing() throws TlsException {
        TlsEngine client = TlsEngine.start(FakeHandshake.config(), FakeHandshake.client());
        assertEquals(0, client.write(ByteBuffer.wrap(new byte[10])));
        assertEquals(EngineStatus.WANT_WRITE, client.status());
    }

    @Test
    void closeNotifyClosesOneDirectionAtATime() throws TlsException {
        EnginePair pair = pair().handshake();
        pair.send(pair.client(), new byte[] {1, 2, 3});
        pair.client().close();
        pair.pump();
        assertTrue(pair.server().isInboundClosed());
        assertEquals(-1, pair.server().read(ByteBuffer.allocate(10)));
        // RFC 8446 §6.1: the server may still write after the client's close_notify.
        assertArrayEquals(new byte[] {4, 5}, pair.send(pair.server(), new byte[] {4, 5}));
        pair.server().close();
        pair.pump();
        assertEquals(EngineStatus.CLOSED, pair.client().status());
        assertEquals(EngineStatus.CLOSED, pair.server().status());
        assertThrows(IllegalStateException.class, () -> pair.client().write(ByteBuffer.wrap(new byte[1])));
    }

    @Test
    void streamEndingWithoutCloseNotifyIsTruncation() throws TlsException {
        EnginePair pair = pair().handshake();
        pair.server().endOfInput();
        TlsException failure = assertThrows(TlsException.class, () -> pair.server().read(ByteBuffer.allocate(1)));
        assertEquals(EngineFailure.TRUNCATED, failure.reason());
        assertEquals(EngineStatus.FAILED, pair.server().status(), "no alert is sent for truncation");
    }

    @Test
    void streamEndingAfterCloseNotifyIsOrderly() throws TlsException {
        EnginePair pair = pair().handshake();
        pair.client().close();
        pair.pump();
        pair.server().endOfInput();
        assertEquals(-1, pair.server().read(ByteBuffer.allocate(1)));
        assertTrue(pair.server().failure().isEmpty());
    }

    @Test
    void flippedCiphertextFailsWithBadRecordMacAndThePeerLearnsIt() throws TlsException {
        EnginePair pair = pair().handshake();
        pair.tamperClientToServer(bytes -> {
            byte[] copy = bytes.clone();
            copy[copy.length - 1] ^= 1;
            return copy;
        });
        pair.client().write(ByteBuffer.wrap(new byte[] {42}));
        TlsException failure = assertThrows(TlsException.class, pair::pump);
        assertEquals(RecordFailure.BAD_RECORD_MAC, failure.reason());
        assertSame(failure, pair.server().failure().orElseThrow());
        pair.tamperClientToServer(bytes -> bytes);
        PeerAlertException alert = assertThrows(PeerAlertException.class, pair::pump);
        assertEquals(AlertDescription.BAD_RECORD_MAC, alert.peerAlert().description());
        assertEquals(EngineStatus.FAILED, pair.client().status());
    }

    @Test
    void failureIsStickyAndReportedByEveryCall() throws TlsException {
        TlsEngine server = TlsEngine.start(FakeHandshake.config(), FakeHandshake.server());
        // An application_data record before the handshake: RFC 8446 §5 unexpected_message.
        TlsException first = assertThrows(TlsException.class, () -> feed(server, "17 0303 0001 41"));
        assertEquals(EngineFailure.UNEXPECTED_RECORD, first.reason());
        assertSame(first, assertThrows(TlsException.class, () -> server.read(ByteBuffer.allocate(1))));
        assertSame(first, assertThrows(TlsException.class, () -> server.write(ByteBuffer.allocate(1))));
        assertSame(first, assertThrows(TlsException.class, () -> feed(server, "16 0303 0004 05000000")));
        ByteBuffer alert = ByteBuffer.allocate(100);
        server.produce(alert);
        assertEquals(Bytes.fromHex("15 0303 0002 02 0a"), Bytes.of(alert.array(), 0, alert.position()));
    }

    @Test
    void changeCipherSpecIsDroppedOnlyInsideItsWindow() throws TlsException {
        TlsEngine client = TlsEngine.start(FakeHandshake.config(), FakeHandshake.client());
        feed(client, "14 0303 0001 01");
        assertTrue(client.failure().isEmpty(), "RFC 8446 §5: dropped after the ClientHello");
        TlsException wrongValue = assertThrows(TlsException.class, () -> feed(client, "14 0303 0001 02"));
        assertEquals(EngineFailure.UNEXPECTED_CHANGE_CIPHER_SPEC, wrongValue.reason());

        TlsEngine server = TlsEngine.start(FakeHandshake.config(), FakeHandshake.server());
        TlsException beforeHello = assertThrows(TlsException.class, () -> feed(server, "14 0303 0001 01"));
        assertEquals(EngineFailure.UNEXPECTED_CHANGE_CIPHER_SPEC, beforeHello.reason());
    }

    @Test
    void otherRecordsMustNotInterruptAHandshakeMessage() throws TlsException {
        TlsEngine server = TlsEngine.start(FakeHandshake.config(), FakeHandshake.server());
        feed(server, "16 0303 0002 0500");
        TlsException failure = assertThrows(TlsException.class, () -> feed(server, "15 0303 0002 015a"));
        assertEquals(EngineFailure.UNEXPECTED_RECORD, failure.reason());
    }

    @Test
    void fatalAlertFromThePeerEndsTheConnectionWithoutAReply() throws TlsException {
        TlsEngine server = TlsEngine.start(FakeHandshake.config(), FakeHandshake.server());
        PeerAlertException failure = assertThrows(PeerAlertException.class, () -> feed(server, "15 0303 0002 0228"));
        assertEquals(AlertDescription.HANDSHAKE_FAILURE, failure.peerAlert().description());
        assertEquals(EngineStatus.FAILED, server.status(), "nothing is queued in reply");
    }

    @Test
    void userCanceledIsNotAFailure() throws TlsException {
        TlsEngine server = TlsEngine.start(FakeHandshake.config(), FakeHandshake.server());
        feed(server, "15 0303 0002 015a");
        assertTrue(server.failure().isEmpty());
    }

    @Test
    void closeNotifyDuringTheHandshakeEndsItWithoutAReply() throws TlsException {
        TlsEngine server = TlsEngine.start(FakeHandshake.config(), FakeHandshake.server());
        TlsException failure = assertThrows(TlsException.class, () -> feed(server, "15 0303 0002 0100"));
        assertEquals(EngineFailure.CLOSED_DURING_HANDSHAKE, failure.reason());
        assertEquals(EngineStatus.FAILED, server.status());
    }

    @Test
    void keyUpdatesInBothDirectionsKeepDataFlowing() throws TlsException {
        EnginePair pair = pair().handshake();
        for (int round = 0; round < 5; round++) {
            pair.client().updateKeys(round % 2 == 0);
            pair.pump();
            byte[] data = randomBytes(3000, round);
            assertArrayEquals(data, pair.send(pair.client(), data));
            assertArrayEquals(data, pair.send(pair.server(), data));
        }
        pair.server().updateKeys(true);
        pair.pump();
        assertArrayEquals(new byte[] {9}, pair.send(pair.client(), new byte[] {9}));
    }

    @Test
    void bothSidesExportTheSameKeyingMaterial() throws TlsException {
        EnginePair pair = pair().handshake();
        byte[] client = pair.client().exportKeyingMaterial("EXPERIMENTAL test", Bytes.of((byte) 1), 32);
        byte[] server = pair.server().exportKeyingMaterial("EXPERIMENTAL test", Bytes.of((byte) 1), 32);
        assertArrayEquals(client, server);
        assertFalse(java.util.Arrays.equals(client,
                pair.client().exportKeyingMaterial("EXPERIMENTAL other", Bytes.of((byte) 1), 32)));
    }

    @Test
    void stateQueriesBeforeTheHandshakeAreRefused() throws TlsException {
        TlsEngine client = TlsEngine.start(FakeHandshake.config(), FakeHandshake.client());
        assertThrows(IllegalStateException.class, () -> client.updateKeys(false));
        assertThrows(IllegalStateException.class, () -> client.exportKeyingMaterial("x", Bytes.EMPTY, 1));
        assertTrue(client.session().isEmpty());
    }

    @Test
    void rejectedEarlyDataIsSkippedOnlyUntilTheNextHandshakeRecordAndOnlyWithinItsBudget() throws TlsException {
        TlsEngine server = TlsEngine.start(FakeHandshake.config(),
                context -> {
                    context.skipRejectedEarlyData(4);
                    return FakeHandshake.server().start(context);
                });
        feed(server, "17 0303 0003 aabbcc");
        assertTrue(server.failure().isEmpty(), "RFC 8446 §4.2.10: skipped");
        TlsException overBudget = assertThrows(TlsException.class, () -> feed(server, "17 0303 0002 aabb"));
        assertEquals(EngineFailure.UNEXPECTED_RECORD, overBudget.reason());

        TlsEngine other = TlsEngine.start(FakeHandshake.config(),
                context -> {
                    context.skipRejectedEarlyData(100);
                    return FakeHandshake.server().start(context);
                });
        feed(other, "16 0303 0002 0500");
        TlsException afterHello = assertThrows(TlsException.class, () -> feed(other, "17 0303 0001 aa"));
        assertEquals(EngineFailure.UNEXPECTED_RECORD, afterHello.reason());
    }

    @Test
    void aRecordThatDoesNotOpenAfterTheNextHandshakeRecordIsNoLongerSkipped() throws TlsException {
        // The HelloRetryRequest case of RFC 8446 §4.2.10 (tlsfuzzer's test-tls13-0rtt-garbage): the
        // server skips early data only up to the second ClientHello; once it reads with handshake
        // keys, a record that does not open is bad_record_mac, not more early data to drop.
        TlsEngine server = TlsEngine.start(FakeHandshake.config(),
                context -> {
                    context.skipRejectedEarlyData(1000);
                    return FakeHandshake.server().start(context);
                });
        feed(server, "17 0303 0003 aabbcc");
        feed(server, "16 0303 0004 05000000");
        assertTrue(server.failure().isEmpty(), "the hello was read and the read keys installed");
        TlsException garbage = assertThrows(TlsException.class,
                () -> feed(server, "17 0303 0015 000102030405060708090a0b0c0d0e0f1011121314"));
        assertEquals(RecordFailure.BAD_RECORD_MAC, garbage.reason());
    }
}
