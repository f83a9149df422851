package dev.parley.record;

import static dev.parley.record.Rfc8448Trace.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * Known answers from RFC 8448: with the traffic keys and IVs printed there, Parley writes the
 * printed records byte for byte and reads them back to the printed payloads, in the order (and so
 * with the sequence numbers) of the trace.
 */
class Rfc8448RecordProtectionTest {

    private static final CryptoProvider CRYPTO = new BouncyCastleCryptoProvider();

    @Test
    void serverHandshakeFlightIsThePrintedRecord() throws TlsException {
        // §3: EncryptedExtensions, Certificate, CertificateVerify and Finished in one record, sequence 0.
        RecordWriter writer = writer(SERVER_HANDSHAKE_KEY, SERVER_HANDSHAKE_IV);
        assertEquals(SERVER_FLIGHT_RECORD, protect(writer, ContentType.HANDSHAKE, SERVER_FLIGHT_PAYLOAD));

        RecordReader reader = reader(SERVER_HANDSHAKE_KEY, SERVER_HANDSHAKE_IV);
        assertOpensTo(reader, SERVER_FLIGHT_RECORD, ContentType.HANDSHAKE, SERVER_FLIGHT_PAYLOAD);
    }

    @Test
    void clientFinishedIsThePrintedRecord() throws TlsException {
        RecordWriter writer = writer(CLIENT_HANDSHAKE_KEY, CLIENT_HANDSHAKE_IV);
        assertEquals(CLIENT_FINISHED_RECORD, protect(writer, ContentType.HANDSHAKE, CLIENT_FINISHED_PAYLOAD));

        RecordReader reader = reader(CLIENT_HANDSHAKE_KEY, CLIENT_HANDSHAKE_IV);
        assertOpensTo(reader, CLIENT_FINISHED_RECORD, ContentType.HANDSHAKE, CLIENT_FINISHED_PAYLOAD);
    }

    @Test
    void serverApplicationRecordsAreThePrintedRecordsInOrder() throws TlsException {
        // §3: under the server's application key, NewSessionTicket (0), application data (1), close_notify (2).
        RecordWriter writer = writer(SERVER_APPLICATION_KEY, SERVER_APPLICATION_IV);
        assertEquals(TICKET_RECORD, protect(writer, ContentType.HANDSHAKE, TICKET_PAYLOAD));
        assertEquals(SERVER_APPLICATION_DATA_RECORD,
                protect(writer, ContentType.APPLICATION_DATA, SERVER_APPLICATION_DATA_PAYLOAD));
        assertEquals(SERVER_ALERT_RECORD, protect(writer, ContentType.ALERT, SERVER_ALERT_PAYLOAD));

        RecordReader reader = reader(SERVER_APPLICATION_KEY, SERVER_APPLICATION_IV);
        assertOpensTo(reader, TICKET_RECORD, ContentType.HANDSHAKE, TICKET_PAYLOAD);
        assertOpensTo(reader, SERVER_APPLICATION_DATA_RECORD, ContentType.APPLICATION_DATA,
                SERVER_APPLICATION_DATA_PAYLOAD);
        assertOpensTo(reader, SERVER_ALERT_RECORD, ContentType.ALERT, SERVER_ALERT_PAYLOAD);
    }

    @Test
    void clientApplicationRecordsAreThePrintedRecordsInOrder() throws TlsException {
        // §3: under the client's application key, application data (0), close_notify (1).
        RecordWriter writer = writer(CLIENT_APPLICATION_KEY, CLIENT_APPLICATION_IV);
        assertEquals(CLIENT_APPLICATION_DATA_RECORD,
                protect(writer, ContentType.APPLICATION_DATA, CLIENT_APPLICATION_DATA_PAYLOAD));
        assertEquals(CLIENT_ALERT_RECORD, protect(writer, ContentType.ALERT, CLIENT_ALERT_PAYLOAD));

        RecordReader reader = reader(CLIENT_APPLICATION_KEY, CLIENT_APPLICATION_IV);
        assertOpensTo(reader, CLIENT_APPLICATION_DATA_RECORD, ContentType.APPLICATION_DATA,
                CLIENT_APPLICATION_DATA_PAYLOAD);
        assertOpensTo(reader, CLIENT_ALERT_RECORD, ContentType.ALERT, CLIENT_ALERT_PAYLOAD);
    }

    @Test
    void printedCloseNotifyIsAWarningCloseNotify() throws TlsException {
        RecordReader reader = reader(CLIENT_APPLICATION_KEY, CLIENT_APPLICATION_IV);
        reader.read(ByteBuffer.wrap(CLIENT_APPLICATION_DATA_RECORD.toByteArray())).orElseThrow();
        ReceivedRecord alert = reader.read(ByteBuffer.wrap(CLIENT_ALERT_RECORD.toByteArray())).orElseThrow();
        assertEquals(Alert.CLOSE_NOTIFY, Alert.CODEC.decode(alert.reader()));
    }

    @Test
    void earlyDataIsThePrintedRecord() throws TlsException {
        // §4: 0-RTT application data under the client's early traffic key, sequence 0.
        RecordWriter writer = writer(EARLY_KEY, EARLY_IV);
        assertEquals(EARLY_RECORD, protect(writer, ContentType.APPLICATION_DATA, EARLY_PAYLOAD));

        RecordReader reader = reader(EARLY_KEY, EARLY_IV);
        assertOpensTo(reader, EARLY_RECORD, ContentType.APPLICATION_DATA, EARLY_PAYLOAD);
    }

    @Test
    void wholeServerFlightThroughTheBufferInterface() throws TlsException {
        // The same record through write(ContentType, ByteBuffer, ByteBuffer), into a direct buffer.
        RecordWriter writer = writer(SERVER_HANDSHAKE_KEY, SERVER_HANDSHAKE_IV);
        ByteBuffer out = ByteBuffer.allocateDirect(1000);
        assertEquals(1, writer.write(ContentType.HANDSHAKE, ByteBuffer.wrap(SERVER_FLIGHT_PAYLOAD.toByteArray()), out));
        out.flip();
        byte[] written = new byte[out.remaining()];
        out.get(written);
        assertEquals(SERVER_FLIGHT_RECORD, Bytes.of(written));
    }

    @Test
    void clientHelloIsThePrintedPlaintextRecord() throws TlsException {
        // §3: the initial ClientHello goes out with legacy_record_version 0x0301 (RFC 8446 §5.1).
        Bytes payload = CLIENT_HELLO_RECORD.slice(RecordLimits.HEADER_LENGTH, CLIENT_HELLO_RECORD.length());
        RecordWriter writer = new RecordWriter();
        writer.setPlaintextRecordVersion(ProtocolVersion.TLS10);
        assertEquals(CLIENT_HELLO_RECORD, protect(writer, ContentType.HANDSHAKE, payload));

        ReceivedRecord record = new RecordReader().read(ByteBuffer.wrap(CLIENT_HELLO_RECORD.toByteArray())).orElseThrow();
        assertEquals(ContentType.HANDSHAKE, record.type());
        assertEquals(ProtocolVersion.TLS10, record.legacyRecordVersion());
        assertEquals(payload, record.toBytes());
    }

    @Test
    void serverHelloIsThePrintedPlaintextRecord() throws TlsException {
        Bytes payload = SERVER_HELLO_RECORD.slice(RecordLimits.HEADER_LENGTH, SERVER_HELLO_RECORD.length());
        assertEquals(SERVER_HELLO_RECORD, protect(new RecordWriter(), ContentType.HANDSHAKE, payload));

        RecordReader reader = new RecordReader();
        ReceivedRecord record = reader.read(ByteBuffer.wrap(SERVER_HELLO_RECORD.toByteArray())).orElseThrow();
        assertEquals(payload, record.toBytes());
        assertTrue(!record.wasEncrypted());
    }

    private static RecordWriter writer(Bytes key, Bytes iv) {
        RecordWriter writer = new RecordWriter();
        writer.install(RecordProtection.tls13(CRYPTO, AeadAlgorithm.AES_128_GCM, key.toByteArray(), iv.toByteArray()));
        return writer;
    }

    private static RecordReader reader(Bytes key, Bytes iv) {
        RecordReader reader = new RecordReader();
        reader.install(RecordProtection.tls13(CRYPTO, AeadAlgorithm.AES_128_GCM, key.toByteArray(), iv.toByteArray()));
        return reader;
    }

    private static Bytes protect(RecordWriter writer, ContentType type, Bytes payload) throws TlsException {
        byte[] out = new byte[writer.maxRecordLength()];
        int length = writer.writeRecord(type, payload.toByteArray(), 0, payload.length(), out, 0);
        return Bytes.of(out, 0, length);
    }

    private static void assertOpensTo(RecordReader reader, Bytes wire, ContentType type, Bytes payload)
            throws TlsException {
        ByteBuffer in = ByteBuffer.wrap(wire.toByteArray());
        ReceivedRecord record = reader.read(in).orElseThrow();
        assertEquals(0, in.remaining());
        assertEquals(type, record.type());
        assertTrue(record.wasEncrypted());
        assertEquals(payload, record.toBytes());
    }
}
