package dev.parley.handshake.engine;

import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.keys.TrafficKeys;
import dev.parley.record.Alert;
import dev.parley.record.ContentType;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.ReceivedRecord;
import dev.parley.record.RecordProtection;
import dev.parley.record.RecordReader;
import dev.parley.record.RecordWriter;
import dev.parley.record.TlsException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * The engine's view of the record layer: a reader for what arrives, a writer that seals into the
 * {@link OutputQueue}, and key installation from the handshake's {@link TrafficKeys}.
 */
final class RecordStream {

    private static final byte[] CHANGE_CIPHER_SPEC = {1};

    private final CryptoProvider crypto;
    private final RecordReader reader = new RecordReader();
    private final RecordWriter writer = new RecordWriter();
    private final OutputQueue output = new OutputQueue();

    RecordStream(CryptoProvider crypto) {
        this.crypto = crypto;
    }

    Optional<ReceivedRecord> read(ByteBuffer in) throws TlsException {
        return reader.read(in);
    }

    /** Queues all of {@code content} as records of {@code type}. */
    void send(ContentType type, byte[] content) throws TlsException {
        ByteBuffer remaining = ByteBuffer.wrap(content);
        while (remaining.hasRemaining()) {
            // Room for the next record only: a handshake flight then fits the queue as it is.
            writer.write(type, remaining, output.reserve(writer.nextRecordLength(type, remaining.remaining())));
        }
    }

    /** Queues the compatibility change_cipher_spec record (RFC 8446 §D.4). */
    void sendChangeCipherSpec() throws TlsException {
        send(ContentType.CHANGE_CIPHER_SPEC, CHANGE_CIPHER_SPEC);
    }

    /** Queues {@code alert} as a record of its own. */
    void sendAlert(Alert alert) throws TlsException {
        writer.writeAlert(alert, output.reserve(writer.nextRecordLength(ContentType.ALERT, Alert.LENGTH)));
    }

    /**
     * Queues as much of {@code plaintext} as application data as the queue takes; returns how
     * many bytes were taken.
     */
    int sendApplicationData(ByteBuffer plaintext) throws TlsException {
        int before = plaintext.position();
        while (plaintext.hasRemaining() && output.hasRoomForMore()) {
            writer.write(ContentType.APPLICATION_DATA, plaintext,
                    output.reserve(writer.nextRecordLength(ContentType.APPLICATION_DATA, plaintext.remaining())));
        }
        return plaintext.position() - before;
    }

    void installReadKeys(TrafficKeys keys) throws TlsException {
        boolean first = !reader.protection().isEncrypted();
        reader.install(protection(keys));
        if (first) {
            // A peer that fails before it protects its own records sends its alert in the clear.
            reader.allowPlaintextAlertsUntilEncryptedRecord();
        }
    }

    void installWriteKeys(TrafficKeys keys) throws TlsException {
        writer.install(protection(keys));
    }

    void negotiatedVersion(ProtocolVersion version) {
        reader.setNegotiatedVersion(version);
    }

    void peerRecordSizeLimit(int limit) {
        writer.setPeerRecordSizeLimit(limit);
    }

    void skipRejectedEarlyData(long maxBytes) {
        reader.discardUndecryptableRecords(maxBytes);
    }

    void stopSkippingRejectedEarlyData() {
        reader.stopDiscardingUndecryptableRecords();
    }

    boolean readKeyUpdateDue() {
        return reader.keyUpdateDue();
    }

    boolean writeKeyUpdateDue() {
        return writer.keyUpdateDue();
    }

    /** Whether a record has begun arriving but is not complete. */
    boolean hasPartialRecord() {
        return reader.bufferedBytes() > 0;
    }

    int pendingOutput() {
        return output.pending();
    }

    boolean hasRoomForApplicationData() {
        return output.hasRoomForMore();
    }

    int drainTo(ByteBuffer out) {
        return output.drainTo(out);
    }

    private RecordProtection protection(TrafficKeys keys) throws TlsException {
        byte[] key = keys.key();
        byte[] iv = keys.iv();
        try {
            return RecordProtection.tls13(crypto, keys.aead(), key, iv);
        } finally {
            // Security: the protection keeps its own keyed AEAD and IV copy.
            Arrays.fill(key, (byte) 0);
            Arrays.fill(iv, (byte) 0);
        }
    }
}
