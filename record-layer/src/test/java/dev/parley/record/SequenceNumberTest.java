package dev.parley.record;

import static dev.parley.record.Records.concat;
import static dev.parley.record.Records.readAll;
import static dev.parley.record.Records.skipTo;
import static dev.parley.record.Records.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sequence numbers (RFC 8446 §5.3, RFC 5246 §6.1): one per record and direction, from zero under
 * every new key, bound into each record's nonce or additional data, never wrapping; and the AEAD
 * usage limits of RFC 8446 §5.5.
 */
class SequenceNumberTest {

    @ParameterizedTest
    @EnumSource(TestSuite.class)
    void reorderedReplayedOrDroppedRecordsFailToOpen(TestSuite suite) throws TlsException {
        RecordWriter writer = writer(suite);
        byte[] first = write(writer, ContentType.APPLICATION_DATA, "first".getBytes());
        byte[] second = write(writer, ContentType.APPLICATION_DATA, "second".getBytes());
        byte[] third = write(writer, ContentType.APPLICATION_DATA, "third".getBytes());

        assertBadRecordMac(suite, concat(second, first));
        assertBadRecordMac(suite, concat(first, first));
        assertBadRecordMac(suite, concat(first, third));
        assertEquals(3, readAll(reader(suite), concat(first, second, third)).size());
    }

    @ParameterizedTest
    @EnumSource(TestSuite.class)
    void identicalContentGivesDifferentRecords(TestSuite suite) throws TlsException {
        RecordWriter writer = writer(suite);
        byte[] one = write(writer, ContentType.APPLICATION_DATA, new byte[32]);
        byte[] two = write(writer, ContentType.APPLICATION_DATA, new byte[32]);
        assertFalse(Arrays.equals(one, two));
    }

    @Test
    void sequenceNumbersCountRecordsAndRestartWithNewKeys() throws TlsException {
        RecordWriter writer = writer(TestSuite.TLS13_AES_128_GCM);
        for (int i = 0; i < 5; i++) {
            write(writer, ContentType.APPLICATION_DATA, new byte[1]);
        }
        assertEquals(5, writer.protection().sequenceNumber());
        writer.install(TestSuite.TLS13_AES_128_GCM.protection(1));
        assertEquals(0, writer.protection().sequenceNumber());
    }

    @Test
    void aProtectionCannotBeInstalledTwice() {
        RecordProtection protection = TestSuite.TLS12_AES_128_GCM.protection();
        RecordWriter writer = new RecordWriter();
        writer.install(protection);
        assertThrows(IllegalStateException.class, () -> new RecordReader().install(protection));
        // The plaintext state holds no sequence number and may be installed freely.
        writer.install(RecordProtection.plaintext());
        writer.install(RecordProtection.plaintext());
    }

    @Test
    void replacedKeysAreDestroyed() throws TlsException {
        RecordProtection old = TestSuite.TLS13_AES_128_GCM.protection();
        RecordWriter writer = new RecordWriter();
        writer.install(old);
        write(writer, ContentType.APPLICATION_DATA, new byte[1]);
        writer.install(TestSuite.TLS13_AES_128_GCM.protection(1));
        assertArrayEquals(new byte[12], ((AeadRecordProtection) old).iv);
        assertThrows(IllegalStateException.class, () -> Records.sealRaw(old, 23, new byte[1], 0));
    }

    @Test
    void theLastSequenceNumberIsUsedAndNeverWrapped() throws TlsException {
        // 2^64-2 is the last number a record may take; 2^64-1 is refused on both sides.
        RecordWriter writer = writer(TestSuite.TLS12_CHACHA20_POLY1305);
        RecordReader reader = reader(TestSuite.TLS12_CHACHA20_POLY1305);
        skipTo(writer.protection(), -2L);
        skipTo(reader.protection(), -2L);
        byte[] last = write(writer, ContentType.APPLICATION_DATA, new byte[] {42});
        assertArrayEquals(new byte[] {42}, readAll(reader, last).get(0).content());
        assertEquals(-1L, writer.protection().sequenceNumber());

        TlsException onWrite = assertThrows(TlsException.class, () -> write(writer, ContentType.APPLICATION_DATA, new byte[1]));
        assertEquals(RecordFailure.SEQUENCE_NUMBERS_EXHAUSTED, onWrite.reason());
        assertEquals(AlertDescription.CLOSE_NOTIFY, onWrite.alert());
        TlsException onRead = assertThrows(TlsException.class, () -> readAll(reader, last));
        assertEquals(RecordFailure.SEQUENCE_NUMBERS_EXHAUSTED, onRead.reason());
    }

    @Test
    void highSequenceNumbersEnterTheNonce() throws TlsException {
        // A record sealed at 2^63 opens only at 2^63: all eight bytes of the number matter.
        // (ChaCha20-Poly1305, since an AES-GCM key may not seal that many records.)
        for (TestSuite suite : new TestSuite[] {TestSuite.TLS13_CHACHA20_POLY1305, TestSuite.TLS12_CHACHA20_POLY1305}) {
            RecordWriter writer = writer(suite);
            skipTo(writer.protection(), Long.MIN_VALUE);
            byte[] record = write(writer, ContentType.HANDSHAKE, new byte[] {1});
            RecordReader late = reader(suite);
            skipTo(late.protection(), Long.MIN_VALUE);
            assertEquals(1, readAll(late, record).size());
            assertBadRecordMac(suite, record);
        }
    }

    @Test
    void aesGcmKeysStopAtTheirRecordLimit() throws TlsException {
        // RFC 8446 §5.5: about 2^24.5 full-size records per AES-GCM key.
        RecordWriter writer = writer(TestSuite.TLS13_AES_128_GCM);
        skipTo(writer.protection(), AeadLimits.AES_GCM_RECORD_LIMIT - 1);
        write(writer, ContentType.APPLICATION_DATA, new byte[1]);
        TlsException e = assertThrows(TlsException.class, () -> write(writer, ContentType.APPLICATION_DATA, new byte[1]));
        assertEquals(RecordFailure.KEY_USAGE_LIMIT_REACHED, e.reason());
        // The reader is not bound by the sender's limit: it opens what the peer chose to send.
        RecordReader reader = reader(TestSuite.TLS13_AES_128_GCM);
        skipTo(reader.protection(), AeadLimits.AES_GCM_RECORD_LIMIT + 1);
        assertTrue(reader.keyUpdateDue());
    }

    @Test
    void chaChaKeysHaveNoLimitBeforeTheSequenceNumbersEnd() throws TlsException {
        RecordWriter writer = writer(TestSuite.TLS13_CHACHA20_POLY1305);
        skipTo(writer.protection(), AeadLimits.AES_GCM_RECORD_LIMIT + 1000);
        write(writer, ContentType.APPLICATION_DATA, new byte[1]);
        assertFalse(writer.keyUpdateDue());
        skipTo(writer.protection(), AeadLimits.SEQUENCE_SOFT_LIMIT);
        assertTrue(writer.keyUpdateDue());
    }

    @Test
    void keyUpdateBecomesDueAtTheThreshold() throws TlsException {
        RecordWriter writer = writer(TestSuite.TLS13_AES_128_GCM);
        writer.protection().setKeyUpdateThreshold(3);
        for (int i = 0; i < 3; i++) {
            assertFalse(writer.keyUpdateDue());
            write(writer, ContentType.APPLICATION_DATA, new byte[1]);
        }
        assertTrue(writer.keyUpdateDue());
        writer.install(TestSuite.TLS13_AES_128_GCM.protection(1));
        assertFalse(writer.keyUpdateDue());
        assertFalse(new RecordWriter().keyUpdateDue());
    }

    @Test
    void gcmDefaultsToAKeyUpdateAtTwoToTheTwentyFour() {
        RecordWriter writer = writer(TestSuite.TLS13_AES_128_GCM);
        skipTo(writer.protection(), (1L << 24) - 1);
        assertFalse(writer.keyUpdateDue());
        skipTo(writer.protection(), 1L << 24);
        assertTrue(writer.keyUpdateDue());
    }

    @Test
    void tls12GcmSendsTheSequenceNumberAsExplicitNonce() throws TlsException {
        RecordWriter writer = writer(TestSuite.TLS12_AES_128_GCM);
        skipTo(writer.protection(), 0xABCDEFL);
        byte[] record = write(writer, ContentType.APPLICATION_DATA, new byte[4]);
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, (byte) 0xAB, (byte) 0xCD, (byte) 0xEF},
                Arrays.copyOfRange(record, 5, 13));
    }

    @Test
    void aRecordThatFailedToOpenUsesNoSequenceNumber() throws TlsException {
        // Only observable through early-data skipping; checked directly on the protection here.
        RecordProtection protection = TestSuite.TLS13_AES_128_GCM.protection();
        byte[] bad = write(writer(TestSuite.TLS13_AES_128_GCM), ContentType.APPLICATION_DATA, new byte[5]);
        bad[bad.length - 1] ^= 0x40;
        assertThrows(TlsException.class,
                () -> protection.open(23, 0x0303, bad, 0, bad.length - 5, new byte[100], new OpenedRecord()));
        assertEquals(0, protection.sequenceNumber());
    }

    private static void assertBadRecordMac(TestSuite suite, byte[] wire) {
        TlsException e = assertThrows(TlsException.class, () -> readAll(reader(suite), wire));
        assertEquals(RecordFailure.BAD_RECORD_MAC, e.reason());
    }

    private static RecordReader reader(TestSuite suite) {
        RecordReader reader = new RecordReader();
        reader.install(suite.protection());
        return reader;
    }

    private static RecordWriter writer(TestSuite suite) {
        RecordWriter writer = new RecordWriter();
        writer.install(suite.protection());
        return writer;
    }
}
