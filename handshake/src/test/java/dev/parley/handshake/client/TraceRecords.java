package dev.parley.handshake.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.keys.Rfc8448;
import dev.parley.record.ContentType;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.RecordProtection;
import dev.parley.record.RecordWriter;
import dev.parley.record.TlsException;
import java.util.List;

/**
 * Checks RFC 8448's records against keys a client installed: the record layer seals each printed
 * payload with those keys, in order from sequence number 0, and the result must be the printed
 * "complete record" byte for byte (AES-GCM is deterministic given key, nonce and input).
 */
final class TraceRecords {

    private TraceRecords() {
    }

    /** An unprotected handshake record with {@code version} in its header. */
    static void assertPlaintext(Rfc8448.Operation record, ProtocolVersion version) throws TlsException {
        assertPlaintext(record, ContentType.HANDSHAKE, version);
    }

    /** An unprotected record of {@code type} with {@code version} in its header. */
    static void assertPlaintext(Rfc8448.Operation record, ContentType type, ProtocolVersion version)
            throws TlsException {
        RecordWriter writer = new RecordWriter();
        writer.setPlaintextRecordVersion(version);
        assertEquals(record.field("complete record"), write(writer, type, record.field("payload")), record.caption());
    }

    /** One record sealed with {@code key} and {@code iv} at sequence number 0. */
    static void assertSealed(Bytes key, Bytes iv, ContentType type, Rfc8448.Operation record) throws TlsException {
        assertSealed(key, iv, List.of(type), List.of(record));
    }

    /** Records sealed one after the other with {@code key} and {@code iv}, from sequence number 0. */
    static void assertSealed(Bytes key, Bytes iv, List<ContentType> types, List<Rfc8448.Operation> records)
            throws TlsException {
        RecordWriter writer = new RecordWriter();
        writer.install(RecordProtection.tls13(new BouncyCastleCryptoProvider(), AeadAlgorithm.AES_128_GCM,
                key.toByteArray(), iv.toByteArray()));
        for (int i = 0; i < records.size(); i++) {
            Rfc8448.Operation record = records.get(i);
            assertEquals(record.field("complete record"), write(writer, types.get(i), record.field("payload")),
                    record.caption() + " #" + i);
        }
    }

    private static Bytes write(RecordWriter writer, ContentType type, Bytes payload) throws TlsException {
        byte[] out = new byte[payload.length() + 256];
        int length = writer.writeRecord(type, payload.toByteArray(), 0, payload.length(), out, 0);
        return Bytes.of(out, 0, length);
    }
}
