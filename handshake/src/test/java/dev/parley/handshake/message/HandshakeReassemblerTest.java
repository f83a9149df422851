package dev.parley.handshake.message;

import static dev.parley.handshake.message.HandshakeDecodingTest.assertFails;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.record.AlertDescription;
import dev.parley.record.TlsException;
import dev.parley.record.wire.DecodeFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Splitting messages out of records, joining them across records, and the bounds on both. */
class HandshakeReassemblerTest {

    private static final Bytes SERVER_FLIGHT = Rfc8448.S3_ENCRYPTED_EXTENSIONS.concat(Rfc8448.S3_CERTIFICATE)
            .concat(Rfc8448.S3_CERTIFICATE_VERIFY).concat(Rfc8448.S3_SERVER_FINISHED);

    private static List<Bytes> drain(HandshakeReassembler reassembler) {
        List<Bytes> messages = new ArrayList<>();
        for (Optional<Handshake> next = reassembler.next(); next.isPresent(); next = reassembler.next()) {
            messages.add(next.get().encoded());
        }
        return messages;
    }

    @Test
    void joinsMessagesFedOneByteAtATime() throws DecodeFailure {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        List<Bytes> messages = new ArrayList<>();
        for (int i = 0; i < SERVER_FLIGHT.length(); i++) {
            reassembler.feed(SERVER_FLIGHT.slice(i, i + 1));
            List<Bytes> complete = drain(reassembler);
            messages.addAll(complete);
            // Between messages nothing is buffered; inside one, a partial message is.
            assertEquals(!reassembler.isEmpty(), reassembler.hasPartialMessage());
        }
        assertEquals(List.of(Rfc8448.S3_ENCRYPTED_EXTENSIONS, Rfc8448.S3_CERTIFICATE,
                Rfc8448.S3_CERTIFICATE_VERIFY, Rfc8448.S3_SERVER_FINISHED), messages);
        assertTrue(reassembler.isEmpty());
    }

    @Test
    void splitsARecordThatEndsInsideAMessage() throws DecodeFailure {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        int cut = Rfc8448.S3_ENCRYPTED_EXTENSIONS.length() + 100;
        reassembler.feed(SERVER_FLIGHT.slice(0, cut));
        assertEquals(Rfc8448.S3_ENCRYPTED_EXTENSIONS, reassembler.next().orElseThrow().encoded());
        assertTrue(reassembler.next().isEmpty());
        assertTrue(reassembler.hasPartialMessage());
        reassembler.feed(SERVER_FLIGHT.slice(cut, SERVER_FLIGHT.length()));
        assertEquals(3, drain(reassembler).size());
    }

    @Test
    void reportsCompleteButUnreadMessagesAsNotEmptyButNotPartial() throws DecodeFailure {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.feed(SERVER_FLIGHT);
        assertFalse(reassembler.isEmpty());
        assertFalse(reassembler.hasPartialMessage());
    }

    @Test
    void yieldsAnEmptyBodyMessageAtOnce() throws DecodeFailure {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.feed(Rfc8448.S4_END_OF_EARLY_DATA);
        Handshake frame = reassembler.next().orElseThrow();
        assertEquals(HandshakeType.END_OF_EARLY_DATA, frame.msgType());
        assertEquals(Bytes.EMPTY, frame.body());
    }

    @Test
    void ignoresAnEmptyFragment() throws DecodeFailure {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.feed(Bytes.EMPTY);
        assertTrue(reassembler.isEmpty());
        assertTrue(reassembler.next().isEmpty());
    }

    @Test
    void rejectsADeclaredLengthAboveTheMaximumBeforeTheBodyArrives() {
        HandshakeReassembler reassembler = new HandshakeReassembler(1000);
        DecodeFailure failure = assertFails(HandshakeFailure.HANDSHAKE_MESSAGE_TOO_LARGE,
                () -> reassembler.feed(Bytes.fromHex("0b 0003e9")));
        assertEquals(AlertDescription.ILLEGAL_PARAMETER, failure.alert());
        assertTrue(reassembler.isEmpty(), "nothing is kept from a rejected fragment");
    }

    @Test
    void rejectsTheDefaultMaximumPlusOneWhenTheHeaderArrivesInPieces() throws DecodeFailure {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        int tooLong = HandshakeReassembler.DEFAULT_MAX_MESSAGE_LENGTH + 1;
        Bytes header = Bytes.of((byte) 11, (byte) (tooLong >>> 16), (byte) (tooLong >>> 8), (byte) tooLong);
        reassembler.feed(header.slice(0, 2));
        assertFails(HandshakeFailure.HANDSHAKE_MESSAGE_TOO_LARGE, () -> reassembler.feed(header.slice(2, 4)));
    }

    @Test
    void rejectsAnOversizeMessageBehindAGoodOneInTheSameRecord() {
        HandshakeReassembler reassembler = new HandshakeReassembler(100);
        Bytes record = Rfc8448.S3_SERVER_FINISHED.concat(Bytes.fromHex("0f 000065"));
        assertFails(HandshakeFailure.HANDSHAKE_MESSAGE_TOO_LARGE, () -> reassembler.feed(record));
    }

    @Test
    void acceptsAMessageOfExactlyTheMaximum() throws DecodeFailure {
        HandshakeReassembler reassembler = new HandshakeReassembler(32);
        reassembler.feed(Rfc8448.S3_SERVER_FINISHED);
        assertEquals(Rfc8448.S3_SERVER_FINISHED, reassembler.next().orElseThrow().encoded());
    }

    @Test
    void rejectsAnImpossibleMaximum() {
        assertThrows(IllegalArgumentException.class, () -> new HandshakeReassembler(1 << 24));
        assertThrows(IllegalArgumentException.class, () -> new HandshakeReassembler(-1));
    }

    @Test
    void aMessageMayNotSpanAKeyChange() throws DecodeFailure {
        // The ServerHello record also carries the start of EncryptedExtensions, which must come
        // under the handshake keys the ServerHello introduces (RFC 8446 §5.1).
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.feed(Rfc8448.S3_SERVER_HELLO.concat(Rfc8448.S3_ENCRYPTED_EXTENSIONS.slice(0, 10)));
        reassembler.next().orElseThrow();
        TlsException failure = assertThrows(TlsException.class, reassembler::requireRecordBoundary);
        assertEquals(HandshakeFailure.MESSAGE_SPANS_KEY_CHANGE, failure.reason());
        assertEquals(AlertDescription.UNEXPECTED_MESSAGE, failure.alert());
    }

    @Test
    void aWholeMessageAfterTheKeyChangingOneAlsoViolatesTheRecordBoundary() throws DecodeFailure {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.feed(Rfc8448.S3_SERVER_HELLO.concat(Rfc8448.S3_ENCRYPTED_EXTENSIONS));
        reassembler.next().orElseThrow();
        assertThrows(TlsException.class, reassembler::requireRecordBoundary);
    }

    @Test
    void aKeyChangeOnARecordBoundaryIsFine() throws DecodeFailure {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.feed(Rfc8448.S3_SERVER_HELLO);
        reassembler.next().orElseThrow();
        assertDoesNotThrow(reassembler::requireRecordBoundary);
    }

    @Test
    void buffersManyRecordsOfOneLargeMessage() throws DecodeFailure {
        // A 100 000-byte certificate message arriving in 16 KiB records.
        int length = 100_000;
        byte[] message = new byte[4 + length];
        message[0] = 11;
        message[1] = (byte) (length >>> 16);
        message[2] = (byte) (length >>> 8);
        message[3] = (byte) length;
        message[4 + length - 1] = 42;
        HandshakeReassembler reassembler = new HandshakeReassembler();
        for (int at = 0; at < message.length; at += 16384) {
            assertTrue(reassembler.next().isEmpty());
            reassembler.feed(Bytes.of(message, at, Math.min(16384, message.length - at)));
        }
        Handshake frame = reassembler.next().orElseThrow();
        assertEquals(length, frame.body().length());
        assertEquals(42, frame.body().get(length - 1));
        assertTrue(reassembler.isEmpty());
    }
}
