package dev.parley.record;

import static dev.parley.record.Records.concat;
import static dev.parley.record.Records.header;
import static dev.parley.record.Records.readAll;
import static dev.parley.record.Records.record;
import static dev.parley.record.Records.sealRaw;
import static dev.parley.record.Records.skipTo;
import static dev.parley.record.Records.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link RecordFailure} is reached by a real input, and carries its alert. The switch has no
 * default, so a new constant does not compile until it has a way to be reached here.
 */
class RecordFailureTest {

    private static final int TLS12 = 0x0303;
    private static final int HANDSHAKE = 22;
    private static final int ALERT = 21;
    private static final int APPLICATION_DATA = 23;

    @ParameterizedTest
    @EnumSource(RecordFailure.class)
    void everyFailureIsReachedAndEarnsItsAlert(RecordFailure reason) {
        TlsException e = assertThrows(TlsException.class, () -> reach(reason));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(reason.alert(), e.alert());
    }

    private static void reach(RecordFailure reason) throws TlsException {
        switch (reason) {
            case UNKNOWN_CONTENT_TYPE -> readAll(new RecordReader(), record(24, TLS12, new byte[] {1}));
            case RECORD_VERSION_NOT_TLS -> readAll(new RecordReader(), record(HANDSHAKE, 0x1603, new byte[] {1}));
            case RECORD_VERSION_MISMATCH -> {
                RecordReader reader = new RecordReader();
                reader.setNegotiatedVersion(ProtocolVersion.TLS12);
                readAll(reader, record(HANDSHAKE, 0x0301, new byte[] {1}));
            }
            case RECORD_LENGTH_OVERFLOW -> readAll(new RecordReader(), header(HANDSHAKE, TLS12, (1 << 14) + 1));
            case PLAINTEXT_OVERFLOW -> {
                // A TLSInnerPlaintext of 2^14 + 2 bytes: content one byte over the limit, plus its type.
                byte[] wire = sealRaw(TestSuite.TLS13_AES_128_GCM.protection(), HANDSHAKE, new byte[(1 << 14) + 1], 0);
                readAll(reader(TestSuite.TLS13_AES_128_GCM), wire);
            }
            case RECORD_SIZE_LIMIT_EXCEEDED -> {
                RecordReader reader = reader(TestSuite.TLS12_CHACHA20_POLY1305);
                reader.setRecordSizeLimit(64);
                readAll(reader, write(writer(TestSuite.TLS12_CHACHA20_POLY1305), ContentType.APPLICATION_DATA, new byte[65]));
            }
            case EMPTY_FRAGMENT -> readAll(new RecordReader(), record(HANDSHAKE, TLS12, new byte[0]));
            case ALERT_RECORD_LENGTH -> readAll(new RecordReader(), record(ALERT, TLS12, new byte[] {1, 0, 0}));
            case BAD_RECORD_MAC -> {
                byte[] wire = write(writer(TestSuite.TLS13_AES_128_GCM), ContentType.APPLICATION_DATA, new byte[10]);
                wire[wire.length - 1] ^= 1;
                readAll(reader(TestSuite.TLS13_AES_128_GCM), wire);
            }
            case UNENCRYPTED_RECORD_UNDER_TLS13_KEYS ->
                    readAll(reader(TestSuite.TLS13_CHACHA20_POLY1305), record(HANDSHAKE, TLS12, new byte[] {1}));
            case MISSING_INNER_CONTENT_TYPE -> {
                // Type 0 with no content and some padding: a TLSInnerPlaintext of zeros only.
                byte[] wire = sealRaw(TestSuite.TLS13_AES_256_GCM.protection(), 0, new byte[0], 4);
                readAll(reader(TestSuite.TLS13_AES_256_GCM), wire);
            }
            case PROTECTED_CHANGE_CIPHER_SPEC -> {
                byte[] wire = sealRaw(TestSuite.TLS13_AES_128_GCM.protection(), 20, new byte[] {1}, 0);
                readAll(reader(TestSuite.TLS13_AES_128_GCM), wire);
            }
            case TOO_MANY_EMPTY_RECORDS -> {
                byte[] empty = record(APPLICATION_DATA, TLS12, new byte[0]);
                byte[][] records = new byte[RecordReader.MAX_CONSECUTIVE_EMPTY_RECORDS + 1][];
                Arrays.fill(records, empty);
                readAll(new RecordReader(), concat(records));
            }
            case EARLY_DATA_LIMIT_EXCEEDED -> {
                // 0-RTT sealed under keys the server rejected: three 50-byte records against a 100-byte budget.
                RecordWriter earlyWriter = new RecordWriter();
                earlyWriter.install(TestSuite.TLS13_AES_128_GCM.protection(1));
                byte[] early = write(earlyWriter, ContentType.APPLICATION_DATA, new byte[50]);
                RecordReader reader = reader(TestSuite.TLS13_AES_128_GCM);
                reader.discardUndecryptableRecords(100);
                readAll(reader, concat(early, early, early));
            }
            case SEQUENCE_NUMBERS_EXHAUSTED -> {
                RecordWriter writer = writer(TestSuite.TLS13_CHACHA20_POLY1305);
                skipTo(writer.protection(), -1L);
                write(writer, ContentType.APPLICATION_DATA, new byte[1]);
            }
            case KEY_USAGE_LIMIT_REACHED -> {
                RecordWriter writer = writer(TestSuite.TLS12_AES_128_GCM);
                skipTo(writer.protection(), AeadLimits.AES_GCM_RECORD_LIMIT);
                write(writer, ContentType.APPLICATION_DATA, new byte[1]);
            }
            case UNKNOWN_ALERT_LEVEL ->
                    AlertRules.onReceive(new Alert(new AlertLevel(3), AlertDescription.CLOSE_NOTIFY), ProtocolVersion.TLS12);
            case WARNING_ALERT_IN_TLS13 -> AlertRules.onReceive(
                    new Alert(AlertLevel.WARNING, AlertDescription.BAD_CERTIFICATE), ProtocolVersion.TLS13);
        }
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
