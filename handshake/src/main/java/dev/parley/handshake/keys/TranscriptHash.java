package dev.parley.handshake.keys;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.record.TlsException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Transcript-Hash (RFC 8446 §4.4.1, and the TLS 1.2 handshake hash of RFC 5246 §7.4.9): a running
 * hash over the handshake messages exactly as they arrived or were sent, header included (type and
 * 24-bit length), never re-encoded.
 *
 * <p><b>The hash is chosen late.</b> The hash function is the negotiated cipher suite's, which a
 * client learns only from the ServerHello (or HelloRetryRequest), after its ClientHello is already
 * part of the transcript. So a transcript can start without a hash: it then buffers the message
 * bytes, and {@link #chooseHash} feeds them to the chosen hash and drops the buffer; from then on
 * it hashes incrementally. The buffer holds only what arrived before the choice (in practice the
 * ClientHello, at most 2^24 bytes by its own length field). A server, which chooses the suite while
 * reading the ClientHello, may start with the hash known.
 *
 * <p>{@link #snapshot()} gives Transcript-Hash of everything so far and keeps running, so one
 * transcript serves every Derive-Secret along the handshake. {@link #snapshotWith} hashes the
 * transcript followed by bytes that are not added (the truncated ClientHello of a PSK binder,
 * RFC 8446 §4.2.11.2); it works before the hash is chosen too, since a binder uses its PSK's hash.
 *
 * <p>One transcript belongs to one connection and is not safe for concurrent use.
 */
public final class TranscriptHash {

    /** Handshake type of the synthetic message_hash message (RFC 8446 §4). */
    static final int MESSAGE_HASH = 254;

    private final CryptoProvider crypto;
    private Hash running;
    private byte[] buffer = new byte[0];
    private int buffered;
    private int messages;
    private boolean clientHelloReplaced;

    private TranscriptHash(CryptoProvider crypto, Hash running) {
        this.crypto = Objects.requireNonNull(crypto, "crypto");
        this.running = running;
    }

    /** An empty transcript whose hash is not chosen yet: it buffers until {@link #chooseHash}. */
    public static TranscriptHash start(CryptoProvider crypto) {
        return new TranscriptHash(crypto, null);
    }

    /** An empty transcript over a hash already known. */
    public static TranscriptHash start(CryptoProvider crypto, HashAlgorithm hash) {
        return new TranscriptHash(crypto, crypto.hash(hash));
    }

    /** The chosen hash, if one was chosen. */
    public Optional<HashAlgorithm> hash() {
        return running == null ? Optional.empty() : Optional.of(running.algorithm());
    }

    /** The number of handshake messages added (the synthetic message_hash counts as one). */
    public int messageCount() {
        return messages;
    }

    /** Adds one whole handshake message: its 4-byte header and its body, as on the wire. */
    public void add(Bytes handshakeMessage) {
        byte[] message = handshakeMessage.toByteArray();
        add(message, 0, message.length);
    }

    /** Adds one whole handshake message held in {@code length} bytes of {@code message} at {@code offset}. */
    public void add(byte[] message, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, message.length);
        if (running != null) {
            running.update(message, offset, length);
        } else {
            if (buffered + length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffered + length, 2 * buffer.length));
            }
            System.arraycopy(message, offset, buffer, buffered, length);
            buffered += length;
        }
        messages++;
    }

    /**
     * Chooses the hash and feeds it what was buffered. Choosing the hash already chosen is
     * harmless.
     *
     * @throws TlsException {@link KeyScheduleFailure#STEP_OUT_OF_ORDER} if another hash was chosen
     */
    public void chooseHash(HashAlgorithm hash) throws TlsException {
        if (running != null) {
            if (running.algorithm() != hash) {
                throw outOfOrder("the transcript already runs over " + running.algorithm() + ", not " + hash);
            }
            return;
        }
        Hash chosen = crypto.hash(hash);
        chosen.update(buffer, 0, buffered);
        running = chosen;
        buffer = new byte[0];
        buffered = 0;
    }

    /**
     * Transcript-Hash of every message added so far; the transcript keeps running.
     *
     * @throws TlsException {@link KeyScheduleFailure#STEP_OUT_OF_ORDER} before {@link #chooseHash}
     */
    public Bytes snapshot() throws TlsException {
        return Bytes.wrap(chosen("snapshot").snapshot());
    }

    /**
     * The hash under {@code hash} of every message added so far followed by {@code partial},
     * which is not added: the transcript a PSK binder covers, ending in the truncated ClientHello
     * (RFC 8446 §4.2.11.2).
     *
     * @throws TlsException {@link KeyScheduleFailure#STEP_OUT_OF_ORDER} if the transcript already
     *         runs over another hash
     */
    public Bytes snapshotWith(HashAlgorithm hash, Bytes partial) throws TlsException {
        Hash copy;
        if (running == null) {
            copy = crypto.hash(hash);
            copy.update(buffer, 0, buffered);
        } else if (running.algorithm() == hash) {
            copy = running.copy();
        } else {
            throw outOfOrder("the transcript runs over " + running.algorithm() + ", a " + hash + " hash was asked for");
        }
        copy.update(partial.toByteArray());
        return Bytes.wrap(copy.digest());
    }

    /**
     * Replaces ClientHello1 by the synthetic message_hash message after a HelloRetryRequest
     * (RFC 8446 §4.4.1): {@code 0xfe 00 00 Hash.length || Hash(ClientHello1)}. The
     * HelloRetryRequest and everything after it are added normally afterwards.
     *
     * @throws TlsException {@link KeyScheduleFailure#STEP_OUT_OF_ORDER} unless the hash is chosen
     *         and the transcript holds exactly one message, ClientHello1, not yet replaced
     */
    public void replaceClientHelloWithMessageHash() throws TlsException {
        Hash current = chosen("the message_hash replacement");
        // RFC 8446 §4.1.4: there is at most one HelloRetryRequest, so at most one replacement.
        if (clientHelloReplaced) {
            throw outOfOrder("ClientHello1 was already replaced by message_hash");
        }
        if (messages != 1) {
            throw outOfOrder("message_hash replaces ClientHello1 alone, but the transcript holds "
                    + messages + " messages");
        }
        clientHelloReplaced = true;
        byte[] clientHelloHash = current.digest();
        // RFC 8446 §4.4.1: Hash(message_hash || 00 00 Hash.length || Hash(ClientHello1) || ...).
        current.update(new byte[] {(byte) MESSAGE_HASH, 0, 0, (byte) clientHelloHash.length});
        current.update(clientHelloHash);
    }

    private Hash chosen(String step) throws TlsException {
        if (running == null) {
            throw outOfOrder(step + " needs the transcript hash chosen (after the ServerHello)");
        }
        return running;
    }

    private static TlsException outOfOrder(String detail) {
        return new TlsException(KeyScheduleFailure.STEP_OUT_OF_ORDER, "Transcript-Hash: " + detail);
    }

    @Override
    public String toString() {
        return "TranscriptHash(" + hash().map(HashAlgorithm::standardName).orElse("hash not chosen")
                + ", " + messages + " messages)";
    }
}
