package dev.parley.record;

import static dev.parley.record.Records.readAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A RecordWriter feeding a RecordReader through a byte stream, with no engine in between: records
 * coalesced on the wire and cut at arbitrary points on the way, keys changing between records.
 */
class RecordStreamTest {

    private static final ContentType[] TYPES = {ContentType.HANDSHAKE, ContentType.APPLICATION_DATA, ContentType.ALERT};

    @ParameterizedTest
    @EnumSource(TestSuite.class)
    void recordsSurviveAnyCuttingOfTheStream(TestSuite suite) throws TlsException {
        for (long seed = 0; seed < 4; seed++) {
            Random random = new Random(seed);
            List<Records.Copy> sent = new ArrayList<>();
            RecordWriter writer = new RecordWriter();
            writer.install(suite.protection());
            ByteArrayOutputStream wire = new ByteArrayOutputStream();
            for (int i = 0; i < 40; i++) {
                Records.Copy record = randomRecord(random);
                sent.add(record);
                wire.writeBytes(Records.write(writer, record.type(), record.content()));
            }
            RecordReader reader = new RecordReader();
            reader.install(suite.protection());
            // seed 0 feeds one byte at a time; the others cut the stream into random pieces.
            List<Records.Copy> received = feedInPieces(reader, wire.toByteArray(), random, seed == 0 ? 1 : 40_000);
            assertSameRecords(sent, received);
        }
    }

    @ParameterizedTest
    @EnumSource(TestSuite.class)
    void keysChangeBetweenCoalescedRecords(TestSuite suite) throws TlsException {
        // Records 0-2 under plaintext, 3-5 under generation 1, 6-8 under generation 2, all in one buffer.
        RecordWriter writer = new RecordWriter();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        List<Records.Copy> sent = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 9; i++) {
            if (i % 3 == 0 && i > 0) {
                writer.install(suite.protection(i / 3));
            }
            Records.Copy record = randomRecord(random);
            sent.add(record);
            wire.writeBytes(Records.write(writer, record.type(), record.content()));
        }
        RecordReader reader = new RecordReader();
        ByteBuffer in = ByteBuffer.wrap(wire.toByteArray());
        for (int i = 0; i < 9; i++) {
            if (i % 3 == 0 && i > 0) {
                // Three records under the previous keys (plaintext counts none).
                assertEquals(i == 3 ? 0 : 3, reader.protection().sequenceNumber());
                reader.install(suite.protection(i / 3));
                assertEquals(0, reader.protection().sequenceNumber());
            }
            ReceivedRecord record = reader.read(in).orElseThrow();
            assertEquals(sent.get(i).type(), record.type());
            assertArrayEquals(sent.get(i).content(), record.toBytes().toByteArray());
            assertEquals(i >= 3, record.wasEncrypted());
        }
        assertFalse(in.hasRemaining());
    }

    @ParameterizedTest
    @EnumSource(TestSuite.class)
    void longContentIsCutIntoFullRecords(TestSuite suite) throws TlsException {
        byte[] content = new byte[40_000];
        new Random(1).nextBytes(content);
        RecordWriter writer = new RecordWriter();
        writer.install(suite.protection());
        ByteBuffer out = ByteBuffer.allocate(50_000);
        assertEquals(3, writer.write(ContentType.HANDSHAKE, ByteBuffer.wrap(content), out));
        RecordReader reader = new RecordReader();
        reader.install(suite.protection());
        List<Records.Copy> records = readAll(reader, java.util.Arrays.copyOf(out.array(), out.position()));
        assertEquals(List.of(16384, 16384, 7232), records.stream().map(r -> r.content().length).toList());
    }

    @ParameterizedTest
    @EnumSource(TestSuite.class)
    void directBuffersWorkOnBothSides(TestSuite suite) throws TlsException {
        byte[] content = new byte[20_000];
        new Random(3).nextBytes(content);
        ByteBuffer direct = ByteBuffer.allocateDirect(content.length).put(content).flip();
        ByteBuffer out = ByteBuffer.allocateDirect(30_000);
        RecordWriter writer = new RecordWriter();
        writer.install(suite.protection());
        assertEquals(2, writer.write(ContentType.APPLICATION_DATA, direct, out));
        out.flip();
        RecordReader reader = new RecordReader();
        reader.install(suite.protection());
        ByteBuffer received = ByteBuffer.allocate(content.length);
        Optional<ReceivedRecord> record;
        while ((record = reader.read(out)).isPresent()) {
            assertEquals(record.get().length(), record.get().copyTo(0, received));
        }
        assertArrayEquals(content, received.array());
    }

    @Test
    void writeStopsWhenTheOutputIsFullAndResumesLater() throws TlsException {
        RecordWriter writer = new RecordWriter();
        writer.install(TestSuite.TLS13_AES_128_GCM.protection());
        writer.setMaxFragmentLength(100);
        ByteBuffer content = ByteBuffer.wrap(new byte[250]);
        ByteBuffer small = ByteBuffer.allocate(150);
        assertEquals(1, writer.write(ContentType.APPLICATION_DATA, content, small));
        assertEquals(150, content.remaining());
        assertEquals(0, writer.write(ContentType.APPLICATION_DATA, content, ByteBuffer.allocate(50)));
        assertEquals(150, content.remaining());
        assertEquals(2, writer.write(ContentType.APPLICATION_DATA, content, ByteBuffer.allocate(1000)));
        assertFalse(content.hasRemaining());
    }

    @Test
    void peerRecordSizeLimitCountsTheInnerContentTypeInTls13() throws TlsException {
        RecordWriter writer = new RecordWriter();
        writer.setPeerRecordSizeLimit(100);
        // RFC 8449 §4: unprotected records are not subject to the limit.
        assertEquals(16384, writer.maxFragmentLength(ContentType.HANDSHAKE));
        writer.install(TestSuite.TLS13_CHACHA20_POLY1305.protection());
        assertEquals(99, writer.maxFragmentLength(ContentType.HANDSHAKE));
        // The compatibility change_cipher_spec goes out unprotected, so the limit does not apply either.
        assertEquals(16384, writer.maxFragmentLength(ContentType.CHANGE_CIPHER_SPEC));

        RecordWriter tls12 = new RecordWriter();
        tls12.setPeerRecordSizeLimit(100);
        tls12.install(TestSuite.TLS12_AES_128_GCM.protection());
        assertEquals(100, tls12.maxFragmentLength(ContentType.APPLICATION_DATA));
    }

    @Test
    void recordSizeLimitAcceptsRecordsUpToTheLimit() throws TlsException {
        RecordWriter writer = new RecordWriter();
        writer.install(TestSuite.TLS13_AES_128_GCM.protection());
        writer.setPeerRecordSizeLimit(64);
        RecordReader reader = new RecordReader();
        reader.install(TestSuite.TLS13_AES_128_GCM.protection());
        reader.setRecordSizeLimit(64);
        ByteBuffer out = ByteBuffer.allocate(1000);
        assertEquals(4, writer.write(ContentType.APPLICATION_DATA, ByteBuffer.wrap(new byte[252]), out));
        List<Records.Copy> records = readAll(reader, java.util.Arrays.copyOf(out.array(), out.position()));
        assertEquals(List.of(63, 63, 63, 63), records.stream().map(r -> r.content().length).toList());
    }

    @Test
    void paddingPolicyPadsTls13RecordsAndNeverPastTheLimit() throws TlsException {
        RecordWriter writer = new RecordWriter();
        writer.install(TestSuite.TLS13_AES_128_GCM.protection());
        writer.setPaddingPolicy(PaddingPolicy.toMultipleOf(256));
        RecordReader reader = new RecordReader();
        reader.install(TestSuite.TLS13_AES_128_GCM.protection());

        byte[] small = Records.write(writer, ContentType.APPLICATION_DATA, new byte[10]);
        assertEquals(5 + 256 + 16, small.length);
        byte[] full = Records.write(writer, ContentType.APPLICATION_DATA, new byte[16384]);
        assertEquals(5 + 16385 + 16, full.length);
        List<Records.Copy> records = readAll(reader, Records.concat(small, full));
        assertEquals(10, records.get(0).content().length);
        assertEquals(16384, records.get(1).content().length);
    }

    @Test
    void aGreedyPaddingPolicyIsClampedToTheRecordLimit() throws TlsException {
        RecordWriter writer = new RecordWriter();
        writer.install(TestSuite.TLS13_CHACHA20_POLY1305.protection());
        writer.setPeerRecordSizeLimit(200);
        writer.setPaddingPolicy((type, length, max) -> Integer.MAX_VALUE);
        byte[] record = Records.write(writer, ContentType.HANDSHAKE, new byte[50]);
        assertEquals(5 + 200 + 16, record.length);
        RecordReader reader = new RecordReader();
        reader.install(TestSuite.TLS13_CHACHA20_POLY1305.protection());
        reader.setRecordSizeLimit(200);
        assertEquals(50, readAll(reader, record).get(0).content().length);
    }

    @Test
    void tls13SendsAndPassesTheCompatibilityChangeCipherSpecUnencrypted() throws TlsException {
        RecordWriter writer = new RecordWriter();
        writer.install(TestSuite.TLS13_AES_128_GCM.protection());
        byte[] ccs = Records.write(writer, ContentType.CHANGE_CIPHER_SPEC, new byte[] {1});
        assertArrayEquals(new byte[] {20, 3, 3, 0, 1, 1}, ccs);
        byte[] finished = Records.write(writer, ContentType.HANDSHAKE, new byte[] {20, 0, 0, 0});

        RecordReader reader = new RecordReader();
        reader.install(TestSuite.TLS13_AES_128_GCM.protection());
        ByteBuffer in = ByteBuffer.wrap(Records.concat(ccs, finished));
        ReceivedRecord first = reader.read(in).orElseThrow();
        assertEquals(ContentType.CHANGE_CIPHER_SPEC, first.type());
        assertFalse(first.wasEncrypted());
        assertEquals(0, reader.protection().sequenceNumber());
        assertEquals(ContentType.HANDSHAKE, reader.read(in).orElseThrow().type());
    }

    @ParameterizedTest
    @EnumSource(TestSuite.class)
    void zeroLengthApplicationDataIsAllowed(TestSuite suite) throws TlsException {
        RecordWriter writer = new RecordWriter();
        writer.install(suite.protection());
        RecordReader reader = new RecordReader();
        reader.install(suite.protection());
        List<Records.Copy> records = readAll(reader, Records.write(writer, ContentType.APPLICATION_DATA, new byte[0]));
        assertEquals(0, records.get(0).content().length);
    }

    @Test
    void rejectedEarlyDataIsSkippedUntilTheFirstRecordThatOpens() throws TlsException {
        RecordWriter early = new RecordWriter();
        early.install(TestSuite.TLS13_AES_128_GCM.protection(1));
        RecordWriter handshake = new RecordWriter();
        handshake.install(TestSuite.TLS13_AES_128_GCM.protection(2));
        byte[] wire = Records.concat(
                Records.write(early, ContentType.APPLICATION_DATA, new byte[30]),
                Records.write(early, ContentType.APPLICATION_DATA, new byte[30]),
                Records.write(handshake, ContentType.HANDSHAKE, new byte[] {20, 0, 0, 0}),
                Records.write(early, ContentType.APPLICATION_DATA, new byte[30]));
        RecordReader reader = new RecordReader();
        reader.install(TestSuite.TLS13_AES_128_GCM.protection(2));
        reader.discardUndecryptableRecords(1000);
        ByteBuffer in = ByteBuffer.wrap(wire);
        ReceivedRecord finished = reader.read(in).orElseThrow();
        assertEquals(ContentType.HANDSHAKE, finished.type());
        assertEquals(1, reader.protection().sequenceNumber(), "skipped records use no sequence number");
        // Once a record opened, skipping is over: the next bad record fails the connection.
        TlsException e = assertThrows(TlsException.class, () -> reader.read(in));
        assertEquals(RecordFailure.BAD_RECORD_MAC, e.reason());
    }

    @Test
    void skippingEndsWhenTheCallerSaysSo() throws TlsException {
        RecordWriter early = new RecordWriter();
        early.install(TestSuite.TLS13_AES_128_GCM.protection(1));
        RecordReader reader = new RecordReader();
        reader.install(TestSuite.TLS13_AES_128_GCM.protection(2));
        reader.discardUndecryptableRecords(1000);
        reader.stopDiscardingUndecryptableRecords();
        byte[] wire = Records.write(early, ContentType.APPLICATION_DATA, new byte[30]);
        TlsException e = assertThrows(TlsException.class, () -> reader.read(ByteBuffer.wrap(wire)));
        assertEquals(RecordFailure.BAD_RECORD_MAC, e.reason());
    }

    @Test
    void plaintextAlertsAreReadUnderTls13KeysOnlyUntilTheFirstEncryptedRecord() throws TlsException {
        byte[] plainAlert = Records.record(21, 0x0303, new byte[] {2, 40});
        RecordReader strict = new RecordReader();
        strict.install(TestSuite.TLS13_AES_128_GCM.protection(1));
        TlsException refused = assertThrows(TlsException.class, () -> strict.read(ByteBuffer.wrap(plainAlert)));
        assertEquals(RecordFailure.UNENCRYPTED_RECORD_UNDER_TLS13_KEYS, refused.reason());

        RecordReader lenient = new RecordReader();
        lenient.install(TestSuite.TLS13_AES_128_GCM.protection(1));
        lenient.allowPlaintextAlertsUntilEncryptedRecord();
        ReceivedRecord alert = lenient.read(ByteBuffer.wrap(plainAlert)).orElseThrow();
        assertEquals(ContentType.ALERT, alert.type());
        assertEquals(false, alert.wasEncrypted());

        RecordWriter writer = new RecordWriter();
        writer.install(TestSuite.TLS13_AES_128_GCM.protection(1));
        lenient.read(ByteBuffer.wrap(Records.write(writer, ContentType.HANDSHAKE, new byte[] {20, 0, 0, 0})))
                .orElseThrow();
        TlsException afterEncrypted = assertThrows(TlsException.class, () -> lenient.read(ByteBuffer.wrap(plainAlert)));
        assertEquals(RecordFailure.UNENCRYPTED_RECORD_UNDER_TLS13_KEYS, afterEncrypted.reason());
    }

    @Test
    void recordVersionsFollowTheNegotiatedVersion() throws TlsException {
        // RFC 5246 Appendix E.1: any {03,XX} before negotiation; RFC 8446 §5.1: ignored in TLS 1.3.
        for (int version : new int[] {0x0300, 0x0301, 0x0303, 0x0304, 0x03FF}) {
            assertEquals(1, readAll(new RecordReader(), Records.record(22, version, new byte[] {1})).size());
            RecordReader tls13 = new RecordReader();
            tls13.setNegotiatedVersion(ProtocolVersion.TLS13);
            assertEquals(1, readAll(tls13, Records.record(22, version, new byte[] {1})).size());
            RecordReader tls12 = new RecordReader();
            tls12.setNegotiatedVersion(ProtocolVersion.TLS12);
            if (version == 0x0303) {
                assertEquals(1, readAll(tls12, Records.record(22, version, new byte[] {1})).size());
            } else {
                TlsException e = assertThrows(TlsException.class,
                        () -> readAll(tls12, Records.record(22, version, new byte[] {1})));
                assertEquals(RecordFailure.RECORD_VERSION_MISMATCH, e.reason());
            }
        }
    }

    @Test
    void aRecordViewIsInvalidAfterTheNextRead() throws TlsException {
        RecordReader reader = new RecordReader();
        byte[] one = Records.record(22, 0x0303, new byte[] {1, 2, 3});
        ByteBuffer in = ByteBuffer.wrap(Records.concat(one, one));
        ReceivedRecord first = reader.read(in).orElseThrow();
        assertEquals(3, first.getUnsigned(2));
        reader.read(ByteBuffer.allocate(0));
        assertThrows(IllegalStateException.class, first::toBytes);
        assertThrows(IllegalStateException.class, () -> first.getUnsigned(0));
    }

    @Test
    void partialRecordsAreReportedForTruncationChecks() throws TlsException {
        RecordReader reader = new RecordReader();
        byte[] record = Records.record(23, 0x0303, new byte[10]);
        assertEquals(Optional.empty(), reader.read(ByteBuffer.wrap(record, 0, 8)));
        assertEquals(8, reader.bufferedBytes());
        assertTrue(reader.read(ByteBuffer.wrap(record, 8, 7)).isPresent());
        assertEquals(0, reader.bufferedBytes());
    }

    @Test
    void aFailedReaderKeepsFailing() {
        RecordReader reader = new RecordReader();
        ByteBuffer bad = ByteBuffer.wrap(Records.record(99, 0x0303, new byte[] {1}));
        TlsException first = assertThrows(TlsException.class, () -> reader.read(bad));
        ByteBuffer good = ByteBuffer.wrap(Records.record(22, 0x0303, new byte[] {1}));
        TlsException again = assertThrows(TlsException.class, () -> reader.read(good));
        assertEquals(first.reason(), again.reason());
        assertEquals(6, good.remaining());
    }

    @Test
    void theWriterRefusesRecordsTheRfcsForbid() {
        RecordWriter writer = new RecordWriter();
        byte[] out = new byte[RecordLimits.MAX_RECORD_LENGTH];
        assertThrows(IllegalArgumentException.class,
                () -> writer.writeRecord(ContentType.HANDSHAKE, new byte[0], 0, 0, out, 0));
        assertThrows(IllegalArgumentException.class,
                () -> writer.writeRecord(ContentType.ALERT, new byte[3], 0, 3, out, 0));
        assertThrows(IllegalArgumentException.class,
                () -> writer.writeRecord(ContentType.HEARTBEAT, new byte[3], 0, 3, out, 0));
        assertThrows(IllegalArgumentException.class,
                () -> writer.writeRecord(ContentType.APPLICATION_DATA, new byte[16385], 0, 16385, out, 0));
        assertThrows(IndexOutOfBoundsException.class,
                () -> writer.writeRecord(ContentType.APPLICATION_DATA, new byte[100], 0, 100, new byte[50], 0));
        assertThrows(IllegalArgumentException.class, () -> writer.setPeerRecordSizeLimit(63));
    }

    @Test
    void alertsAreWrittenAsOneRecordEach() throws TlsException {
        RecordWriter writer = new RecordWriter();
        ByteBuffer out = ByteBuffer.allocate(100);
        assertTrue(writer.writeAlert(Alert.toSend(AlertDescription.DECODE_ERROR), out));
        assertArrayEquals(new byte[] {21, 3, 3, 0, 2, 2, 50}, java.util.Arrays.copyOf(out.array(), out.position()));
        assertFalse(writer.writeAlert(Alert.CLOSE_NOTIFY, ByteBuffer.allocate(6)));
    }

    private static Records.Copy randomRecord(Random random) {
        ContentType type = TYPES[random.nextInt(TYPES.length)];
        int length = type.equals(ContentType.ALERT) ? 2
                : random.nextInt(10) == 0 ? 16384 : 1 + random.nextInt(random.nextBoolean() ? 40 : 3000);
        byte[] content = new byte[length];
        random.nextBytes(content);
        return new Records.Copy(type, content);
    }

    private static List<Records.Copy> feedInPieces(RecordReader reader, byte[] wire, Random random, int maxPiece)
            throws TlsException {
        List<Records.Copy> received = new ArrayList<>();
        int at = 0;
        while (at < wire.length) {
            int piece = Math.min(wire.length - at, 1 + random.nextInt(maxPiece));
            ByteBuffer in = ByteBuffer.wrap(wire, at, piece);
            Optional<ReceivedRecord> record;
            while ((record = reader.read(in)).isPresent()) {
                received.add(new Records.Copy(record.get().type(), record.get().toBytes().toByteArray()));
            }
            at += piece;
        }
        assertEquals(0, reader.bufferedBytes());
        return received;
    }

    private static void assertSameRecords(List<Records.Copy> sent, List<Records.Copy> received) {
        assertEquals(sent.size(), received.size());
        for (int i = 0; i < sent.size(); i++) {
            assertEquals(sent.get(i).type(), received.get(i).type(), "record " + i);
            assertArrayEquals(sent.get(i).content(), received.get(i).content(), "record " + i);
        }
    }
}
