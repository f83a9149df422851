package dev.parley.handshake.keys;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.Hkdf;
import dev.parley.record.TlsException;

/**
 * Derive-Secret (RFC 8446 §7.1):
 *
 * <pre>
 * Derive-Secret(Secret, Label, Messages) =
 *      HKDF-Expand-Label(Secret, Label, Transcript-Hash(Messages), Hash.length)
 * </pre>
 *
 * <p>The caller hands the transcript hash rather than the messages, so the transcript is hashed
 * once ({@link TranscriptHash}) however many secrets are derived from it. Derive-Secret over ""
 * (the "derived" steps, binder keys and exporters) takes the hash of the empty string.
 */
public final class DeriveSecret {

    private DeriveSecret() {
    }

    /**
     * Derive-Secret(secret, label, Messages), given Transcript-Hash(Messages).
     *
     * @throws TlsException {@link KeyScheduleFailure#INPUT_OUT_OF_RANGE} when the transcript hash
     *         is not Hash.length bytes long (a hash of another algorithm was passed);
     *         {@link KeyScheduleFailure#SECRET_DESTROYED} if the secret was destroyed
     */
    public static Secret derive(Hkdf hkdf, Secret secret, String label, Bytes transcriptHash) throws TlsException {
        int hashLength = hkdf.algorithm().outputLength();
        if (transcriptHash.length() != hashLength) {
            throw new TlsException(KeyScheduleFailure.INPUT_OUT_OF_RANGE, "Derive-Secret \"" + label
                    + "\": transcript hash of " + transcriptHash.length() + " bytes, " + hkdf.algorithm()
                    + " needs " + hashLength);
        }
        return HkdfLabel.expandSecret(hkdf, secret, label, transcriptHash, hashLength);
    }
}
