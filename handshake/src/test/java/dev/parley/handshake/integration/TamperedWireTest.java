package dev.parley.handshake.integration;

import static dev.parley.handshake.integration.TestPki.SERVER_NAME;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.handshake.EngineFailure;
import dev.parley.handshake.EngineStatus;
import dev.parley.handshake.PeerAlertException;
import dev.parley.handshake.engine.EnginePair;
import dev.parley.handshake.engine.TlsEngine;
import dev.parley.record.AlertDescription;
import dev.parley.record.TlsException;
import dev.parley.x509.builder.KeySpec;
import java.nio.ByteBuffer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What both real engines end up with when the wire between them is tampered with, cut short, or
 * a peer stops before its Finished: the side that detects it fails with the alert RFC 8446 names,
 * sends that alert once, and the other side reports it as the peer's alert. Each flight crosses
 * the wire as one chunk (chunk 0 from the client is its ClientHello, chunk 1 its CCS and Finished;
 * chunk 0 from the server is its whole first flight).
 */
class TamperedWireTest {

    private static EnginePair connect() throws TlsException {
        return new EnginePair(TlsEngine.client(Tls13HandshakeTest.client().build(), SERVER_NAME),
                TlsEngine.server(Tls13HandshakeTest.server(KeySpec.EC_P256).build()));
    }

    /** Pumps until {@code detector} fails, then until the other side has the alert; returns the detector's failure. */
    private static TlsException failsBothSides(EnginePair pair, TlsEngine detector, AlertDescription alert) {
        TlsException failure = assertThrows(TlsException.class, pair::pump);
        assertEquals(alert, failure.alert(), failure::toString);
        assertSame(failure, detector.failure().orElseThrow(), "the detecting side failed");
        PeerAlertException told = assertThrows(PeerAlertException.class, pair::pump);
        assertEquals(alert, told.peerAlert().description());
        TlsEngine other = detector == pair.client() ? pair.server() : pair.client();
        assertEquals(alert, other.peerAlert().orElseThrow().description());
        assertEquals(EngineStatus.FAILED, pair.client().status());
        assertEquals(EngineStatus.FAILED, pair.server().status());
        return failure;
    }

    @Test
    void aFlippedBitInTheServersEncryptedFlightIsBadRecordMac() throws TlsException {
        EnginePair pair = connect().tamperServerToClient(Wire.onChunk(0, Wire::flipLastBit));
        failsBothSides(pair, pair.client(), AlertDescription.BAD_RECORD_MAC);
        assertFalse(pair.client().isHandshakeComplete());
    }

    @Test
    void aFlippedBitInTheClientsFinishedIsBadRecordMac() throws TlsException {
        EnginePair pair = connect().tamperClientToServer(Wire.onChunk(1, Wire::flipLastBit));
        failsBothSides(pair, pair.server(), AlertDescription.BAD_RECORD_MAC);
        assertTrue(pair.client().isHandshakeComplete(), "the client had already finished");
        assertFalse(pair.server().isHandshakeComplete());
    }

    @Test
    void tamperedApplicationDataFailsEitherReceiver() throws TlsException {
        for (boolean fromClient : new boolean[] {true, false}) {
            EnginePair pair = connect().handshake();
            UnaryOperator<byte[]> flip = Wire.onChunk(0, Wire::flipLastBit);
            TlsEngine sender = fromClient ? pair.client() : pair.server();
            TlsEngine receiver = fromClient ? pair.server() : pair.client();
            if (fromClient) {
                pair.tamperClientToServer(flip);
            } else {
                pair.tamperServerToClient(flip);
            }
            TlsException failure = assertThrows(TlsException.class, () -> pair.send(sender, new byte[100]));
            assertEquals(AlertDescription.BAD_RECORD_MAC, failure.alert());
            assertSame(failure, receiver.failure().orElseThrow());
            assertThrows(PeerAlertException.class, pair::pump);
            assertEquals(AlertDescription.BAD_RECORD_MAC, sender.peerAlert().orElseThrow().description());
        }
    }

    @Test
    void aReplayedRecordIsBadRecordMac() throws TlsException {
        // RFC 8446 §5.3: the nonce carries the sequence number, so a record only opens in its place.
        EnginePair pair = connect().handshake();
        pair.tamperClientToServer(Wire.onChunk(0, Wire::repeatRecords));
        assertThrows(TlsException.class, () -> pair.send(pair.client(), new byte[] {1, 2, 3}));
        assertEquals(AlertDescription.BAD_RECORD_MAC, pair.server().failure().orElseThrow().alert());
    }

    @Test
    void reorderedRecordsAreBadRecordMac() throws TlsException {
        EnginePair pair = connect().handshake();
        pair.tamperServerToClient(Wire.onChunk(0, Wire::swapFirstTwoRecords));
        byte[] twoRecords = new byte[20_000];
        assertThrows(TlsException.class, () -> pair.send(pair.server(), twoRecords));
        assertEquals(AlertDescription.BAD_RECORD_MAC, pair.client().failure().orElseThrow().alert());
    }

    @Test
    void aServerThatNeverSendsFinishedLeavesTheClientWaitingUntilTheStreamEnds() throws TlsException {
        EnginePair pair = connect().tamperServerToClient(Wire.onChunk(0, flight -> {
            // ServerHello, change_cipher_spec, then one record per encrypted message, Finished last.
            assertEquals(6, Wire.records(flight).size(), "SH, CCS, EE, Certificate, CertificateVerify, Finished");
            return Wire.dropLastRecord(flight);
        }));
        pair.pump();
        assertFalse(pair.client().isHandshakeComplete());
        assertEquals(EngineStatus.WANT_READ, pair.client().status(), "waiting, neither failed nor stuck");
        pair.client().endOfInput();
        TlsException failure = pair.client().failure().orElseThrow();
        assertEquals(EngineFailure.TRUNCATED, failure.reason());
        assertEquals(0, pair.client().produce(ByteBuffer.allocate(100)), "truncation is not answered with an alert");
        assertSame(failure, assertThrows(TlsException.class, () -> pair.client().feed(ByteBuffer.allocate(1))),
                "a failed engine stays failed");
    }

    @Test
    void aClientThatNeverSendsFinishedCannotSendData() throws TlsException {
        EnginePair pair = connect().tamperClientToServer(Wire.onChunk(1, chunk -> new byte[0]));
        pair.pump();
        assertTrue(pair.client().isHandshakeComplete(), "the client believes it finished");
        assertFalse(pair.server().isHandshakeComplete());
        // The client's data comes under its application key; the server still reads with the
        // client's handshake key (RFC 8446 §7.3), so nothing it could open has come.
        failsBothSidesWhenSending(pair);
    }

    private static void failsBothSidesWhenSending(EnginePair pair) throws TlsException {
        TlsException failure = assertThrows(TlsException.class, () -> pair.send(pair.client(), new byte[] {42}));
        assertEquals(AlertDescription.BAD_RECORD_MAC, failure.alert());
        assertSame(failure, pair.server().failure().orElseThrow());
        assertThrows(PeerAlertException.class, pair::pump);
        assertEquals(AlertDescription.BAD_RECORD_MAC, pair.client().peerAlert().orElseThrow().description());
    }

    @Test
    void aStreamEndingMidHandshakeIsTruncation() throws TlsException {
        EnginePair pair = connect();
        pair.tamperServerToClient(chunk -> new byte[0]);
        pair.pump();
        pair.server().endOfInput();
        assertEquals(EngineFailure.TRUNCATED, pair.server().failure().orElseThrow().reason());
        assertFalse(pair.server().isHandshakeComplete());
    }

    @Test
    void closeNotifyEndsTheStreamCleanlyAndItsAbsenceIsTruncation() throws TlsException {
        EnginePair closed = connect().handshake();
        assertArrayEquals(new byte[] {5}, closed.send(closed.server(), new byte[] {5}));
        closed.server().close();
        closed.pump();
        assertEquals(-1, closed.client().read(ByteBuffer.allocate(10)), "close_notify read as the end of data");
        closed.client().endOfInput();
        assertTrue(closed.client().failure().isEmpty(), "a stream ending after close_notify is no failure");

        EnginePair cut = connect().handshake();
        assertArrayEquals(new byte[] {6}, cut.send(cut.server(), new byte[] {6}));
        cut.client().endOfInput();
        assertEquals(EngineFailure.TRUNCATED, cut.client().failure().orElseThrow().reason());
        assertThrows(TlsException.class, () -> cut.client().read(ByteBuffer.allocate(10)));
    }

    @Test
    void closeNotifyDuringTheHandshakeEndsTheServersHandshake() throws TlsException {
        EnginePair pair = connect().tamperServerToClient(chunk -> new byte[0]);
        pair.pump();
        pair.client().close();
        TlsException failure = assertThrows(TlsException.class, pair::pump);
        assertEquals(EngineFailure.CLOSED_DURING_HANDSHAKE, failure.reason());
        assertSame(failure, pair.server().failure().orElseThrow());
    }

    @Test
    void applicationDataBeforeTheHandshakeIsAnUnexpectedMessage() throws TlsException {
        // RFC 8446 §5: an unexpected record type is fatal with unexpected_message.
        byte[] plaintextData = {23, 3, 3, 0, 2, 'h', 'i'};
        EnginePair pair = connect().tamperClientToServer(Wire.onChunk(0, Wire.prepend(plaintextData)));
        TlsException failure = assertThrows(TlsException.class, pair::pump);
        assertEquals(AlertDescription.UNEXPECTED_MESSAGE, failure.alert());
        assertSame(failure, pair.server().failure().orElseThrow());
        assertEquals(AlertDescription.UNEXPECTED_MESSAGE,
                assertThrows(PeerAlertException.class, pair::pump).peerAlert().description());
    }

    @Test
    void aChangeCipherSpecAfterTheHandshakeIsAnUnexpectedMessage() throws TlsException {
        // RFC 8446 §5: change_cipher_spec is only accepted between the first ClientHello and the peer's Finished.
        EnginePair pair = connect().handshake();
        pair.tamperServerToClient(Wire.onChunk(0, Wire.prepend(new byte[] {20, 3, 3, 0, 1, 1})));
        TlsException failure = assertThrows(TlsException.class, () -> pair.send(pair.server(), new byte[] {1}));
        assertEquals(AlertDescription.UNEXPECTED_MESSAGE, failure.alert());
        assertSame(failure, pair.client().failure().orElseThrow());
    }
}
