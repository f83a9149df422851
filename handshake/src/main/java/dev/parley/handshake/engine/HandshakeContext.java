package dev.parley.handshake.engine;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.Session;
import dev.parley.handshake.keys.TrafficKeys;
import dev.parley.handshake.message.HandshakeMessage;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import java.time.InstantSource;

/**
 * What a handshake state may do to the connection around it. The engine implements it over the
 * record layer; states never see records, sockets or buffers, only messages and keys.
 *
 * <p>Every state receives the context with each message, so states hold no reference to the engine
 * and stay plain values that tests can build and drive.
 */
public interface HandshakeContext {

    /** The configuration this engine was made with. */
    EngineConfig config();

    /** Shorthand for {@code config().crypto()}. */
    default CryptoProvider crypto() {
        return config().crypto();
    }

    /** Shorthand for {@code config().clock()}. */
    default InstantSource clock() {
        return config().clock();
    }

    /**
     * Frames {@code message} (RFC 8446 §4), queues it as handshake records under the current write
     * keys, and returns the framed bytes exactly as sent, for the transcript.
     */
    Bytes send(HandshakeMessage message);

    /**
     * Queues a handshake message that is already framed (a ClientHello whose binders were filled in
     * over its own bytes, RFC 8446 §4.2.11.2). The caller adds {@code framed} to its transcript.
     */
    void sendFramed(Bytes framed);

    /**
     * Queues the single unprotected change_cipher_spec record of middlebox compatibility mode
     * (RFC 8446 §D.4): at most once per connection; later calls do nothing.
     */
    void sendChangeCipherSpec();

    /**
     * Protects everything received from now on with {@code keys} (RFC 8446 §7.3) and resets the
     * read sequence number. The context copies what it needs; the caller destroys {@code keys}.
     *
     * @throws TlsException with unexpected_message if a handshake message was left incomplete
     *         across the key change (RFC 8446 §5.1)
     */
    void installReadKeys(TrafficKeys keys) throws TlsException;

    /**
     * Protects everything sent from now on with {@code keys}, resetting the write sequence number.
     * The context copies what it needs; the caller destroys {@code keys}.
     */
    void installWriteKeys(TrafficKeys keys);

    /**
     * Fixes the protocol version: record versions are checked against it from now on
     * (RFC 8446 §5.1, RFC 5246 §6.2.1).
     */
    void negotiatedVersion(ProtocolVersion version);

    /** Limits the records sent to the peer's record_size_limit (RFC 8449 §4). */
    void peerRecordSizeLimit(int limit);

    /**
     * For a server that did not accept the client's early data: from now until the client's first
     * handshake record under the handshake keys, records that fail to decrypt are dropped rather
     * than fatal, up to {@code maxBytes} in all (RFC 8446 §4.2.10).
     */
    void skipRejectedEarlyData(long maxBytes);

    /**
     * Whether the unprotected change_cipher_spec records of middlebox compatibility mode may still
     * arrive: from the first ClientHello until the peer's Finished (RFC 8446 §5). The state says so
     * through this call whenever it changes.
     */
    void acceptChangeCipherSpec(boolean accept);

    /**
     * The handshake has produced everything application data needs in this direction: sending
     * (after our Finished) or both directions (after the peer's Finished). The engine reports
     * {@code session} from now on.
     */
    void handshakeComplete(Session session);
}
