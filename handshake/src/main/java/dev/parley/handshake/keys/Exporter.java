package dev.parley.handshake.keys;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hkdf;
import dev.parley.record.TlsException;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * The TLS 1.3 keying material exporter (RFC 8446 §7.5, replacing the PRF of RFC 5705):
 *
 * <pre>
 * TLS-Exporter(label, context_value, key_length) =
 *     HKDF-Expand-Label(Derive-Secret(Secret, label, ""), "exporter", Hash(context_value), key_length)
 * </pre>
 *
 * where Secret is the exporter_master_secret ({@link KeyScheduleTraffic#exporterMasterSecret()})
 * or, for exports before the handshake completes, the early_exporter_master_secret
 * ({@link KeyScheduleEarly#earlyExporterMasterSecret}). The accessors are named after the secret,
 * as RFC 8446 §7.1 names it; the object they return is its only use.
 */
public final class Exporter implements Destroyable {

    private final CryptoProvider crypto;
    private final HashAlgorithm hash;
    private final Secret secret;

    Exporter(CryptoProvider crypto, HashAlgorithm hash, Secret secret) {
        this.crypto = Objects.requireNonNull(crypto, "crypto");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    /** The (early_)exporter_master_secret, for known-answer tests. */
    Secret secret() {
        return secret;
    }

    /**
     * Keying material for the application (RFC 8446 §7.5). An absent context is the same as an
     * empty one in TLS 1.3. The result belongs to the caller, who wipes it after use.
     *
     * @param label   an ASCII label, at most 249 bytes so that "tls13 " + label fits its field
     * @param context the context value, {@link Bytes#EMPTY} for none
     * @param length  the number of bytes, at most min(2^16 - 1, 255 * Hash.length)
     * @throws TlsException {@link KeyScheduleFailure#HKDF_LABEL_OUT_OF_RANGE} for a label or
     *         length out of bounds; {@link KeyScheduleFailure#SECRET_DESTROYED} after destroy
     */
    public byte[] exportKeyingMaterial(String label, Bytes context, int length) throws TlsException {
        Hkdf hkdf = crypto.hkdf(hash);
        Secret perLabel = DeriveSecret.derive(hkdf, secret, label, hashOf(Bytes.EMPTY));
        try {
            // RFC 8446 §7.5: HKDF-Expand-Label(Derive-Secret(Secret, label, ""), "exporter",
            //                                  Hash(context_value), key_length).
            return HkdfLabel.expand(hkdf, perLabel, "exporter", hashOf(context), length);
        } finally {
            perLabel.destroy();
        }
    }

    private Bytes hashOf(Bytes value) {
        Hash h = crypto.hash(hash);
        h.update(value.toByteArray());
        return Bytes.wrap(h.digest());
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
        return "Exporter(" + hash.standardName() + ", " + secret + ")";
    }
}
