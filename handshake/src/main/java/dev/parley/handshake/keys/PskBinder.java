package dev.parley.handshake.keys;

import dev.parley.crypto.Bytes;
import dev.parley.record.TlsException;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * The binder of one offered PSK (RFC 8446 §4.2.11.2): the Finished construction, with the
 * binder_key as its base key, over the transcript up to and including the truncated ClientHello.
 *
 * <pre>
 * binder_key   = Derive-Secret(Early Secret, "res binder" | "ext binder", "")     (§7.1)
 * binder       = HMAC(finished_key(binder_key), Transcript-Hash(Truncate(ClientHello1)))
 * </pre>
 *
 * After a HelloRetryRequest the transcript is {@code message_hash || HelloRetryRequest ||
 * Truncate(ClientHello2)}; in both cases {@link TranscriptHash#snapshotWith} gives that hash from
 * the transcript of the messages before this ClientHello and its truncated bytes
 * ({@link #truncateClientHello}).
 *
 * <p>Obtain one from {@link KeyScheduleEarly#pskBinder(PskKind)}.
 */
public final class PskBinder implements Destroyable {

    private final FinishedKey finishedKey;

    PskBinder(FinishedKey finishedKey) {
        this.finishedKey = Objects.requireNonNull(finishedKey, "finishedKey");
    }

    /**
     * Truncate(ClientHello) of RFC 8446 §4.2.11.2: the ClientHello (header included) without its
     * binders list, which the pre_shared_key extension, the last extension, ends with.
     *
     * @param clientHello   the whole ClientHello message, header included
     * @param bindersLength the encoded length of {@code PskBinderEntry binders<33..2^16-1>},
     *                      its two-byte length prefix included
     * @throws TlsException {@link KeyScheduleFailure#INPUT_OUT_OF_RANGE} if the binders cannot fit
     */
    public static Bytes truncateClientHello(Bytes clientHello, int bindersLength) throws TlsException {
        // RFC 8446 §4.2.11.2: the shortest binders list is a two-byte length and one 33-byte entry.
        if (bindersLength < 2 + 33 || bindersLength > clientHello.length()) {
            throw new TlsException(KeyScheduleFailure.INPUT_OUT_OF_RANGE, "a binders list of " + bindersLength
                    + " bytes cannot end a ClientHello of " + clientHello.length() + " bytes");
        }
        return clientHello.slice(0, clientHello.length() - bindersLength);
    }

    /** The binder value over {@code truncatedTranscriptHash}. */
    public Bytes compute(Bytes truncatedTranscriptHash) throws TlsException {
        // RFC 8446 §4.2.11.2: the binder is computed as a Finished message, over the truncated transcript.
        return finishedKey.verifyData(truncatedTranscriptHash);
    }

    /**
     * Checks a binder received in a ClientHello. Security: compared in constant time.
     *
     * @throws TlsException {@link KeyScheduleFailure#PSK_BINDER_MISMATCH} (decrypt_error,
     *         RFC 8446 §6.2) if it does not match
     */
    public void verify(Bytes truncatedTranscriptHash, Bytes received) throws TlsException {
        if (!finishedKey.matches(truncatedTranscriptHash, received)) {
            // RFC 8446 §4.2.11: a binder that does not validate aborts the handshake.
            throw new TlsException(KeyScheduleFailure.PSK_BINDER_MISMATCH,
                    "a PSK binder in the ClientHello does not match");
        }
    }

    /** The finished_key derived from the binder key, for known-answer tests. */
    FinishedKey finishedKey() {
        return finishedKey;
    }

    @Override
    public void destroy() {
        finishedKey.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return finishedKey.isDestroyed();
    }

    @Override
    public String toString() {
        return "PskBinder(" + finishedKey + ")";
    }
}
