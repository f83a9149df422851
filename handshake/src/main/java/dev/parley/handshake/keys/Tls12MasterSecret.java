package dev.parley.handshake.keys;

import dev.parley.crypto.Bytes;
import dev.parley.record.TlsException;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * The TLS 1.2 master secret and what is computed from it directly: the Finished verify_data
 * (RFC 5246 §7.4.9) and the key block ({@link Tls12KeyBlock}).
 *
 * <pre>
 * master_secret = PRF(pre_master_secret, "master secret",
 *                     ClientHello.random + ServerHello.random)[0..47]          (RFC 5246 §8.1)
 * master_secret = PRF(pre_master_secret, "extended master secret",
 *                     session_hash)[0..47]                                    (RFC 7627 §4)
 * verify_data   = PRF(master_secret, finished_label, Hash(handshake_messages))
 *                     [0..verify_data_length-1]                                (RFC 5246 §7.4.9)
 * </pre>
 *
 * The session_hash of RFC 7627 §3 is the transcript hash through the ClientKeyExchange, taken
 * with {@link TranscriptHash#snapshot()} over the PRF's hash.
 */
public final class Tls12MasterSecret implements Destroyable {

    /** The master secret is always 48 bytes (RFC 5246 §8.1). */
    public static final int LENGTH = 48;
    /** verify_data_length of every TLS 1.2 cipher suite Parley knows (RFC 5246 §7.4.9). */
    public static final int VERIFY_DATA_LENGTH = 12;
    /** ClientHello.random and ServerHello.random are 32 bytes (RFC 5246 §7.4.1.2). */
    public static final int RANDOM_LENGTH = 32;

    /** Which side's Finished, which decides the finished_label (RFC 5246 §7.4.9). */
    public enum Sender {
        CLIENT("client finished"),
        SERVER("server finished");

        private final String label;

        Sender(String label) {
            this.label = label;
        }

        /** The finished_label. */
        public String label() {
            return label;
        }
    }

    private final Tls12Prf prf;
    private final Secret secret;

    private Tls12MasterSecret(Tls12Prf prf, Secret secret) {
        this.prf = prf;
        this.secret = secret;
    }

    /** The master secret of RFC 5246 §8.1, without the extended master secret extension. */
    public static Tls12MasterSecret standard(Tls12Prf prf, Secret preMasterSecret, Bytes clientRandom,
            Bytes serverRandom) throws TlsException {
        checkRandom("ClientHello.random", clientRandom);
        checkRandom("ServerHello.random", serverRandom);
        // RFC 5246 §8.1: PRF(pre_master_secret, "master secret", ClientHello.random + ServerHello.random)[0..47].
        byte[] master = prf.compute(preMasterSecret, "master secret", clientRandom.concat(serverRandom), LENGTH);
        return new Tls12MasterSecret(prf, Secret.wrap(master));
    }

    /**
     * The extended master secret of RFC 7627 §4, bound to the whole handshake through
     * {@code sessionHash} (the transcript hash through the ClientKeyExchange, RFC 7627 §3).
     */
    public static Tls12MasterSecret extended(Tls12Prf prf, Secret preMasterSecret, Bytes sessionHash)
            throws TlsException {
        Objects.requireNonNull(prf, "prf");
        if (sessionHash.length() != prf.hash().outputLength()) {
            throw new TlsException(KeyScheduleFailure.INPUT_OUT_OF_RANGE, "session_hash of " + sessionHash.length()
                    + " bytes, the PRF hash " + prf.hash() + " gives " + prf.hash().outputLength());
        }
        // RFC 7627 §4: PRF(pre_master_secret, "extended master secret", session_hash)[0..47].
        byte[] master = prf.compute(preMasterSecret, "extended master secret", sessionHash, LENGTH);
        return new Tls12MasterSecret(prf, Secret.wrap(master));
    }

    /** The PRF this master secret was made with, which also keys the key block and Finished. */
    public Tls12Prf prf() {
        return prf;
    }

    /** The master secret itself, for known-answer tests and, later, the key log. */
    public Secret secret() {
        return secret;
    }

    /** verify_data of {@code sender}'s Finished over Hash(handshake_messages) (RFC 5246 §7.4.9). */
    public Bytes verifyData(Sender sender, Bytes handshakeHash) throws TlsException {
        // RFC 5246 §7.4.9: PRF(master_secret, finished_label, Hash(handshake_messages))[0..verify_data_length-1].
        return Bytes.wrap(prf.compute(secret, sender.label(), handshakeHash, VERIFY_DATA_LENGTH));
    }

    /**
     * Checks the peer's Finished. Security: compared in constant time.
     *
     * @throws TlsException {@link KeyScheduleFailure#FINISHED_MISMATCH} (decrypt_error,
     *         RFC 5246 §7.4.9 and §7.2.2) if it does not match
     */
    public void verifyFinished(Sender sender, Bytes handshakeHash, Bytes received) throws TlsException {
        if (!verifyData(sender, handshakeHash).constantTimeEquals(received)) {
            throw new TlsException(KeyScheduleFailure.FINISHED_MISMATCH,
                    "the peer's Finished verify_data (" + sender.label() + ") does not match");
        }
    }

    private static void checkRandom(String name, Bytes random) throws TlsException {
        if (random.length() != RANDOM_LENGTH) {
            throw new TlsException(KeyScheduleFailure.INPUT_OUT_OF_RANGE,
                    name + " of " + random.length() + " bytes, must be " + RANDOM_LENGTH);
        }
    }

    @Override
    public void destroy() {
        secret.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return secret.isDestroyed();
    }

    @Override
    public String toString() {
        return "Tls12MasterSecret(" + prf + ", " + secret + ")";
    }
}
