package dev.parley.handshake.keys;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hkdf;
import dev.parley.record.TlsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * The first stage of the TLS 1.3 key schedule (RFC 8446 §7.1): the Early Secret, extracted from
 * the PSK (or from zeros when there is none), and what is derived from it before the
 * ServerHello: binder keys, the client_early_traffic_secret and the early_exporter_master_secret.
 *
 * <pre>
 *           0
 *           |
 *           v
 * PSK -&gt;  HKDF-Extract = Early Secret
 *           +-----&gt; Derive-Secret(., "ext binder" | "res binder", "") = binder_key
 *           +-----&gt; Derive-Secret(., "c e traffic", ClientHello)     = client_early_traffic_secret
 *           +-----&gt; Derive-Secret(., "e exp master", ClientHello)    = early_exporter_master_secret
 *           v
 *     Derive-Secret(., "derived", "")  --&gt;  {@link #handshake}
 * </pre>
 *
 * <p>{@link #handshake} moves on to the next stage and destroys the Early Secret, so nothing of
 * this stage can be derived afterwards: asking fails with
 * {@link KeyScheduleFailure#SECRET_DESTROYED}. The secrets this stage hands out stay valid until
 * {@link #destroy()}.
 */
public final class KeyScheduleEarly implements Destroyable {

    private final CryptoProvider crypto;
    private final HashAlgorithm hash;
    private final Hkdf hkdf;
    private final Secret earlySecret;
    private final boolean withPsk;
    private final List<Secret> handedOut = new ArrayList<>();

    private KeyScheduleEarly(CryptoProvider crypto, HashAlgorithm hash, Secret earlySecret, boolean withPsk) {
        this.crypto = crypto;
        this.hash = hash;
        this.hkdf = crypto.hkdf(hash);
        this.earlySecret = earlySecret;
        this.withPsk = withPsk;
    }

    /** The early stage of a handshake without a PSK: the Early Secret is extracted from zeros. */
    public static KeyScheduleEarly withoutPsk(CryptoProvider crypto, HashAlgorithm hash) throws TlsException {
        // RFC 8446 §7.1: if a given secret is not available, the 0-value of Hash.length zero bytes is used.
        Secret zeros = Secret.zeros(hash.outputLength());
        return new KeyScheduleEarly(crypto, hash, extract(crypto, hash, zeros), false);
    }

    /**
     * The early stage of a handshake with {@code psk}, which the caller keeps (and destroys).
     * The hash must be the one the PSK is bound to (RFC 8446 §4.2.11).
     */
    public static KeyScheduleEarly withPsk(CryptoProvider crypto, HashAlgorithm hash, Secret psk) throws TlsException {
        return new KeyScheduleEarly(crypto, hash, extract(crypto, hash, psk), true);
    }

    private static Secret extract(CryptoProvider crypto, HashAlgorithm hash, Secret ikm) throws TlsException {
        Objects.requireNonNull(crypto, "crypto");
        // RFC 8446 §7.1: Early Secret = HKDF-Extract(salt = 0, IKM = PSK or 0).
        byte[] salt = new byte[hash.outputLength()];
        return Secret.wrap(crypto.hkdf(hash).extract(salt, ikm.bytes()));
    }

    /** The cipher suite hash of this key schedule. */
    public HashAlgorithm hash() {
        return hash;
    }

    /** The Early Secret, for known-answer tests. */
    Secret earlySecret() {
        return earlySecret;
    }

    /**
     * binder_key = Derive-Secret(Early Secret, "res binder" | "ext binder", "") (RFC 8446 §7.1).
     *
     * @throws TlsException {@link KeyScheduleFailure#STEP_OUT_OF_ORDER} without a PSK
     */
    Secret binderKey(PskKind kind) throws TlsException {
        if (!withPsk) {
            throw new TlsException(KeyScheduleFailure.STEP_OUT_OF_ORDER, "a binder key needs a PSK");
        }
        return keep(DeriveSecret.derive(hkdf, earlySecret, kind.binderLabel(), emptyHash()));
    }

    /**
     * The binder for this stage's PSK (RFC 8446 §4.2.11.2).
     *
     * @throws TlsException {@link KeyScheduleFailure#STEP_OUT_OF_ORDER} without a PSK
     */
    public PskBinder pskBinder(PskKind kind) throws TlsException {
        PskBinder binder = new PskBinder(FinishedKey.derive(crypto, hash, binderKey(kind)));
        keep(binder.finishedKey().key());
        return binder;
    }

    /** client_early_traffic_secret = Derive-Secret(Early Secret, "c e traffic", ClientHello). */
    public TrafficSecret clientEarlyTrafficSecret(Bytes clientHelloHash) throws TlsException {
        TrafficSecret secret = TrafficSecret.derive(crypto, hash, TrafficSecret.Kind.CLIENT_EARLY, earlySecret,
                "c e traffic", clientHelloHash);
        keep(secret.secret());
        return secret;
    }

    /**
     * early_exporter_master_secret = Derive-Secret(Early Secret, "e exp master", ClientHello), as
     * the exporter it keys (RFC 8446 §7.5).
     */
    public Exporter earlyExporterMasterSecret(Bytes clientHelloHash) throws TlsException {
        Secret secret = keep(DeriveSecret.derive(hkdf, earlySecret, "e exp master", clientHelloHash));
        return new Exporter(crypto, hash, secret);
    }

    /**
     * The handshake stage: Handshake Secret = HKDF-Extract(Derive-Secret(., "derived", ""),
     * (EC)DHE), then the handshake traffic secrets over ClientHello...ServerHello. Destroys the
     * Early Secret. The shared secret stays the caller's, to destroy.
     *
     * @param sharedSecret       the (EC)DHE shared secret (RFC 8446 §7.4)
     * @param helloTranscriptHash Transcript-Hash(ClientHello...ServerHello)
     */
    public KeyScheduleHandshake handshake(Secret sharedSecret, Bytes helloTranscriptHash) throws TlsException {
        Secret derived = DeriveSecret.derive(hkdf, earlySecret, "derived", emptyHash());
        try {
            // RFC 8446 §7.1: (EC)DHE -> HKDF-Extract = Handshake Secret, salted with the "derived" secret.
            Secret handshakeSecret = Secret.wrap(hkdf.extract(derived.bytes(), sharedSecret.bytes()));
            return new KeyScheduleHandshake(crypto, hash, handshakeSecret, helloTranscriptHash);
        } finally {
            derived.destroy();
            earlySecret.destroy();
        }
    }

    /**
     * The handshake stage of a psk_ke handshake, which has no (EC)DHE: RFC 8446 §7.1 puts the
     * 0-value in its place.
     */
    public KeyScheduleHandshake handshakeWithoutKeyExchange(Bytes helloTranscriptHash) throws TlsException {
        Secret zeros = Secret.zeros(hash.outputLength());
        return handshake(zeros, helloTranscriptHash);
    }

    private Bytes emptyHash() {
        return Bytes.wrap(crypto.hash(hash).digest());
    }

    private Secret keep(Secret secret) {
        handedOut.add(secret);
        return secret;
    }

    /** Destroys the Early Secret and every secret this stage handed out. */
    @Override
    public void destroy() {
        earlySecret.destroy();
        handedOut.forEach(Secret::destroy);
        handedOut.clear();
    }

    @Override
    public boolean isDestroyed() {
        return earlySecret.isDestroyed() && handedOut.isEmpty();
    }

    @Override
    public String toString() {
        return "KeyScheduleEarly(" + hash.standardName() + (withPsk ? ", PSK" : ", no PSK") + ", " + earlySecret + ")";
    }
}
