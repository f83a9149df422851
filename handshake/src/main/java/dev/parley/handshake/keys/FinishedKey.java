package dev.parley.handshake.keys;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hmac;
import dev.parley.record.TlsException;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * The finished_key of a TLS 1.3 Finished message and the verify_data it produces
 * (RFC 8446 §4.4.4):
 *
 * <pre>
 * finished_key = HKDF-Expand-Label(BaseKey, "finished", "", Hash.length)
 * verify_data  = HMAC(finished_key, Transcript-Hash(Handshake Context, Certificate*, CertificateVerify*))
 * </pre>
 *
 * <p>BaseKey is the sender's handshake traffic secret in the handshake, the client's application
 * traffic secret in post-handshake authentication (RFC 8446 §4.4), and a binder key for a PSK
 * binder, which uses the same construction ({@link PskBinder}).
 */
public final class FinishedKey implements Destroyable {

    private final CryptoProvider crypto;
    private final HashAlgorithm hash;
    private final Secret key;

    private FinishedKey(CryptoProvider crypto, HashAlgorithm hash, Secret key) {
        this.crypto = Objects.requireNonNull(crypto, "crypto");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.key = key;
    }

    /** finished_key from {@code baseKey}. */
    static FinishedKey derive(CryptoProvider crypto, HashAlgorithm hash, Secret baseKey) throws TlsException {
        // RFC 8446 §4.4.4: finished_key = HKDF-Expand-Label(BaseKey, "finished", "", Hash.length).
        Secret key = HkdfLabel.expandSecret(crypto.hkdf(hash), baseKey, "finished", Bytes.EMPTY, hash.outputLength());
        return new FinishedKey(crypto, hash, key);
    }

    /** The finished_key itself, for known-answer tests. */
    Secret key() {
        return key;
    }

    /**
     * verify_data over {@code transcriptHash} (RFC 8446 §4.4.4).
     *
     * @throws TlsException {@link KeyScheduleFailure#INPUT_OUT_OF_RANGE} if the transcript hash is
     *         not Hash.length bytes; {@link KeyScheduleFailure#SECRET_DESTROYED} after destroy
     */
    public Bytes verifyData(Bytes transcriptHash) throws TlsException {
        if (transcriptHash.length() != hash.outputLength()) {
            throw new TlsException(KeyScheduleFailure.INPUT_OUT_OF_RANGE, "Finished: transcript hash of "
                    + transcriptHash.length() + " bytes, " + hash + " needs " + hash.outputLength());
        }
        // RFC 8446 §4.4.4: verify_data = HMAC(finished_key, Transcript-Hash(...)).
        Hmac hmac = crypto.hmac(hash, key.bytes());
        hmac.update(transcriptHash.toByteArray());
        return Bytes.wrap(hmac.doFinal());
    }

    /**
     * Checks the peer's verify_data.
     *
     * @throws TlsException {@link KeyScheduleFailure#FINISHED_MISMATCH} (decrypt_error,
     *         RFC 8446 §4.4.4) if it differs from ours
     */
    public void verify(Bytes transcriptHash, Bytes received) throws TlsException {
        if (!matches(transcriptHash, received)) {
            // RFC 8446 §4.4.4: an incorrect Finished terminates the connection with decrypt_error.
            throw new TlsException(KeyScheduleFailure.FINISHED_MISMATCH,
                    "the peer's Finished verify_data does not match");
        }
    }

    /**
     * Whether {@code received} equals our verify_data. Security: compared in constant time; only
     * the lengths, which are public, may shorten the comparison.
     */
    boolean matches(Bytes transcriptHash, Bytes received) throws TlsException {
        return verifyData(transcriptHash).constantTimeEquals(received);
    }

    @Override
    public void destroy() {
        key.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return key.isDestroyed();
    }

    @Override
    public String toString() {
        return "FinishedKey(" + hash.standardName() + ", " + key + ")";
    }
}
