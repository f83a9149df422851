package dev.parley.handshake.keys;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.record.TlsException;
import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * The TLS 1.2 key block and its partition (RFC 5246 §6.3):
 *
 * <pre>
 * key_block = PRF(master_secret, "key expansion", server_random + client_random)
 *
 * client_write_MAC_key[mac_key_length]   server_write_MAC_key[mac_key_length]
 * client_write_key[enc_key_length]       server_write_key[enc_key_length]
 * client_write_IV[fixed_iv_length]       server_write_IV[fixed_iv_length]
 * </pre>
 *
 * <p>Parley's TLS 1.2 suites are all AEAD ({@link #forAead}): no MAC keys, and the IV is the
 * implicit part of the nonce, 4 bytes for AES-GCM (RFC 5288 §3) and 12 for ChaCha20-Poly1305
 * (RFC 7905 §2). {@link #derive} takes any lengths, which also lets the partition be checked
 * against published traces of other suites.
 */
public final class Tls12KeyBlock implements Destroyable {

    private final AeadAlgorithm aead;
    private final byte[] block;
    private final int macKeyLength;
    private final int encKeyLength;
    private final int fixedIvLength;
    private boolean destroyed;

    private Tls12KeyBlock(AeadAlgorithm aead, byte[] block, int macKeyLength, int encKeyLength, int fixedIvLength) {
        this.aead = aead;
        this.block = block;
        this.macKeyLength = macKeyLength;
        this.encKeyLength = encKeyLength;
        this.fixedIvLength = fixedIvLength;
    }

    /** The key block of an AEAD suite: the write keys and implicit IVs for {@code aead}. */
    public static Tls12KeyBlock forAead(Tls12MasterSecret masterSecret, Bytes clientRandom, Bytes serverRandom,
            AeadAlgorithm aead) throws TlsException {
        Objects.requireNonNull(aead, "aead");
        return derive(masterSecret, clientRandom, serverRandom, 0, aead.keyLength(), fixedIvLength(aead), aead);
    }

    /** The key block partitioned with the given lengths (RFC 5246 §6.3); without an AEAD to key. */
    public static Tls12KeyBlock derive(Tls12MasterSecret masterSecret, Bytes clientRandom, Bytes serverRandom,
            int macKeyLength, int encKeyLength, int fixedIvLength) throws TlsException {
        return derive(masterSecret, clientRandom, serverRandom, macKeyLength, encKeyLength, fixedIvLength, null);
    }

    private static Tls12KeyBlock derive(Tls12MasterSecret masterSecret, Bytes clientRandom, Bytes serverRandom,
            int macKeyLength, int encKeyLength, int fixedIvLength, AeadAlgorithm aead) throws TlsException {
        if (clientRandom.length() != Tls12MasterSecret.RANDOM_LENGTH
                || serverRandom.length() != Tls12MasterSecret.RANDOM_LENGTH
                || macKeyLength < 0 || encKeyLength < 0 || fixedIvLength < 0) {
            throw new TlsException(KeyScheduleFailure.INPUT_OUT_OF_RANGE, "key block inputs out of range: randoms of "
                    + clientRandom.length() + " and " + serverRandom.length() + " bytes, lengths " + macKeyLength
                    + "/" + encKeyLength + "/" + fixedIvLength);
        }
        int total = 2 * (macKeyLength + encKeyLength + fixedIvLength);
        // RFC 5246 §6.3: key_block = PRF(master_secret, "key expansion", server_random + client_random).
        byte[] block = masterSecret.prf().compute(masterSecret.secret(), "key expansion",
                serverRandom.concat(clientRandom), total);
        return new Tls12KeyBlock(aead, block, macKeyLength, encKeyLength, fixedIvLength);
    }

    /** fixed_iv_length of the AEAD suites (RFC 5288 §3, RFC 7905 §2). */
    static int fixedIvLength(AeadAlgorithm aead) {
        return switch (aead) {
            // RFC 5288 §3: the 4-byte salt is the implicit part of the GCM nonce.
            case AES_128_GCM, AES_256_GCM -> 4;
            // RFC 7905 §2: the 12-byte IV is XORed with the sequence number.
            case CHACHA20_POLY1305 -> 12;
        };
    }

    /** client_write_MAC_key. */
    public byte[] clientWriteMacKey() throws TlsException {
        return part(0, macKeyLength);
    }

    /** server_write_MAC_key. */
    public byte[] serverWriteMacKey() throws TlsException {
        return part(macKeyLength, macKeyLength);
    }

    /** client_write_key. */
    public byte[] clientWriteKey() throws TlsException {
        return part(2 * macKeyLength, encKeyLength);
    }

    /** server_write_key. */
    public byte[] serverWriteKey() throws TlsException {
        return part(2 * macKeyLength + encKeyLength, encKeyLength);
    }

    /** client_write_IV. */
    public byte[] clientWriteIv() throws TlsException {
        return part(2 * (macKeyLength + encKeyLength), fixedIvLength);
    }

    /** server_write_IV. */
    public byte[] serverWriteIv() throws TlsException {
        return part(2 * (macKeyLength + encKeyLength) + fixedIvLength, fixedIvLength);
    }

    /** What the record layer installs for the client's direction (an AEAD key block only). */
    public TrafficKeys clientWriteKeys() throws TlsException {
        return new TrafficKeys(requireAead(), clientWriteKey(), clientWriteIv());
    }

    /** What the record layer installs for the server's direction (an AEAD key block only). */
    public TrafficKeys serverWriteKeys() throws TlsException {
        return new TrafficKeys(requireAead(), serverWriteKey(), serverWriteIv());
    }

    private AeadAlgorithm requireAead() throws TlsException {
        if (aead == null) {
            throw new TlsException(KeyScheduleFailure.STEP_OUT_OF_ORDER, "this key block was not made for an AEAD");
        }
        return aead;
    }

    private byte[] part(int offset, int length) throws TlsException {
        if (destroyed) {
            throw new TlsException(KeyScheduleFailure.SECRET_DESTROYED,
                    "the key block was used after it was destroyed");
        }
        return Arrays.copyOfRange(block, offset, offset + length);
    }

    @Override
    public void destroy() {
        Arrays.fill(block, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "Tls12KeyBlock(" + (aead == null ? "no AEAD" : aead) + ", " + block.length + " bytes, "
                + (destroyed ? "destroyed" : "redacted") + ")";
    }
}
