package dev.parley.handshake.keys;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.record.TlsException;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * One of the TLS 1.3 traffic secrets (RFC 8446 §7.1), which knows what it is: the keys and IV of
 * its direction come from it (§7.3), a Finished key where the RFC bases one on it (§4.4), and an
 * application traffic secret rolls over to its next generation on KeyUpdate (§7.2).
 *
 * <p>Its {@link Kind} names it as RFC 8446 §7.1 does, so a key log can label it without a table.
 */
public final class TrafficSecret implements Destroyable {

    /** Which traffic secret of RFC 8446 §7.1 this is. */
    public enum Kind {
        CLIENT_EARLY("client_early_traffic_secret"),
        CLIENT_HANDSHAKE("client_handshake_traffic_secret"),
        SERVER_HANDSHAKE("server_handshake_traffic_secret"),
        CLIENT_APPLICATION("client_application_traffic_secret_N"),
        SERVER_APPLICATION("server_application_traffic_secret_N");

        private final String rfcName;

        Kind(String rfcName) {
            this.rfcName = rfcName;
        }

        /** The name RFC 8446 §7.1 gives it ({@code _N} for the application secrets' generation). */
        public String rfcName() {
            return rfcName;
        }

        boolean isApplication() {
            return this == CLIENT_APPLICATION || this == SERVER_APPLICATION;
        }
    }

    private final CryptoProvider crypto;
    private final HashAlgorithm hash;
    private final Kind kind;
    private final long generation;
    private final Secret secret;

    private TrafficSecret(CryptoProvider crypto, HashAlgorithm hash, Kind kind, long generation, Secret secret) {
        this.crypto = Objects.requireNonNull(crypto, "crypto");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.generation = generation;
        this.secret = secret;
    }

    /** Derive-Secret(base, label, transcript) as the traffic secret {@code kind}, generation 0. */
    static TrafficSecret derive(CryptoProvider crypto, HashAlgorithm hash, Kind kind, Secret base, String label,
            Bytes transcriptHash) throws TlsException {
        Secret secret = DeriveSecret.derive(crypto.hkdf(hash), base, label, transcriptHash);
        return new TrafficSecret(crypto, hash, kind, 0, secret);
    }

    /** Which secret this is. */
    public Kind kind() {
        return kind;
    }

    /** N of an application traffic secret; 0 for the others. */
    public long generation() {
        return generation;
    }

    /** The cipher suite hash it was derived with. */
    public HashAlgorithm hash() {
        return hash;
    }

    /** The secret itself: for known-answer tests and the key log. */
    public Secret secret() {
        return secret;
    }

    /** The write key and IV for {@code aead}, which the record layer installs (RFC 8446 §7.3). */
    public TrafficKeys keys(AeadAlgorithm aead) throws TlsException {
        return TrafficKeys.derive(crypto.hkdf(hash), aead, this);
    }

    /**
     * The finished_key based on this secret (RFC 8446 §4.4): a handshake traffic secret for the
     * handshake's Finished messages, the client application traffic secret for post-handshake
     * authentication.
     *
     * @throws TlsException {@link KeyScheduleFailure#STEP_OUT_OF_ORDER} for the early and the
     *         server application secrets, which no Finished is based on
     */
    public FinishedKey finishedKey() throws TlsException {
        // RFC 8446 §4.4: the Base Key is a handshake traffic secret or client_application_traffic_secret_N.
        if (kind == Kind.CLIENT_EARLY || kind == Kind.SERVER_APPLICATION) {
            throw new TlsException(KeyScheduleFailure.STEP_OUT_OF_ORDER,
                    "no Finished message is based on " + kind.rfcName());
        }
        return FinishedKey.derive(crypto, hash, secret);
    }

    /**
     * application_traffic_secret_N+1 (RFC 8446 §7.2), for a KeyUpdate. The new secret belongs to
     * the caller, who destroys this one once the new keys are installed.
     *
     * @throws TlsException {@link KeyScheduleFailure#STEP_OUT_OF_ORDER} unless this is an
     *         application traffic secret
     */
    public TrafficSecret nextApplicationTrafficSecret() throws TlsException {
        if (!kind.isApplication()) {
            throw new TlsException(KeyScheduleFailure.STEP_OUT_OF_ORDER,
                    "only application traffic secrets are updated, not " + kind.rfcName());
        }
        // RFC 8446 §7.2: application_traffic_secret_N+1 =
        //     HKDF-Expand-Label(application_traffic_secret_N, "traffic upd", "", Hash.length).
        Secret next = HkdfLabel.expandSecret(crypto.hkdf(hash), secret, "traffic upd", Bytes.EMPTY,
                hash.outputLength());
        return new TrafficSecret(crypto, hash, kind, generation + 1, next);
    }

    @Override
    public void destroy() {
        secret.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return secret.isDestroyed();
    }

    /** Security: the name and generation only. */
    @Override
    public String toString() {
        String name = kind.isApplication() ? kind.rfcName().replace("_N", "_" + generation) : kind.rfcName();
        return "TrafficSecret(" + name + ", " + hash.standardName() + ", " + secret + ")";
    }
}
