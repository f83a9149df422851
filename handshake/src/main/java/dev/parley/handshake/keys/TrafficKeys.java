package dev.parley.handshake.keys;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.Hkdf;
import dev.parley.record.TlsException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.Destroyable;

/**
 * What the record layer is handed to protect one direction: the AEAD algorithm, its key, and the
 * IV the per-record nonce is built from.
 *
 * <p>In TLS 1.3 (RFC 8446 §7.3) both come from a traffic secret:
 * <pre>
 * [sender]_write_key = HKDF-Expand-Label(Secret, "key", "", key_length)
 * [sender]_write_iv  = HKDF-Expand-Label(Secret, "iv", "", iv_length)
 * </pre>
 * and the IV is the 12-byte nonce base of RFC 8446 §5.3. In TLS 1.2 they are cut from the key
 * block ({@link Tls12KeyBlock}) and the IV is the implicit part of the nonce: 4 bytes for AES-GCM
 * (RFC 5288 §3), 12 for ChaCha20-Poly1305 (RFC 7905 §2).
 *
 * <p>Security: a final class, not a record, so the key never prints; {@link #destroy()} wipes key
 * and IV once the record layer holds its own AEAD instance.
 */
public final class TrafficKeys implements Destroyable {

    private final AeadAlgorithm aead;
    private final byte[] key;
    private final byte[] iv;
    private TrafficSecret source;
    private boolean destroyed;

    TrafficKeys(AeadAlgorithm aead, byte[] key, byte[] iv) {
        this.aead = Objects.requireNonNull(aead, "aead");
        this.key = key;
        this.iv = iv;
    }

    /** The TLS 1.3 write key and IV for {@code aead} from {@code trafficSecret} (RFC 8446 §7.3). */
    static TrafficKeys derive(Hkdf hkdf, AeadAlgorithm aead, TrafficSecret source) throws TlsException {
        TrafficKeys keys = derive(hkdf, aead, source.secret());
        keys.source = source;
        return keys;
    }

    private static TrafficKeys derive(Hkdf hkdf, AeadAlgorithm aead, Secret trafficSecret) throws TlsException {
        // RFC 8446 §7.3: [sender]_write_key = HKDF-Expand-Label(Secret, "key", "", key_length).
        byte[] key = HkdfLabel.expand(hkdf, trafficSecret, "key", Bytes.EMPTY, aead.keyLength());
        // RFC 8446 §7.3: [sender]_write_iv = HKDF-Expand-Label(Secret, "iv", "", iv_length).
        byte[] iv = HkdfLabel.expand(hkdf, trafficSecret, "iv", Bytes.EMPTY, aead.nonceLength());
        return new TrafficKeys(aead, key, iv);
    }

    /** The AEAD these keys are for. */
    public AeadAlgorithm aead() {
        return aead;
    }

    /** A copy of the write key, for the caller to hand to the AEAD and then wipe. */
    public byte[] key() throws TlsException {
        checkNotDestroyed();
        return key.clone();
    }

    /** A copy of the write IV. */
    public byte[] iv() throws TlsException {
        checkNotDestroyed();
        return iv.clone();
    }

    /**
     * The TLS 1.3 traffic secret these keys come from, while the keys are not destroyed: what a
     * key log records (the engine logs it when it installs the keys). Empty for TLS 1.2 keys.
     */
    public Optional<TrafficSecret> source() {
        return Optional.ofNullable(source);
    }

    @Override
    public void destroy() {
        Arrays.fill(key, (byte) 0);
        Arrays.fill(iv, (byte) 0);
        source = null;
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    private void checkNotDestroyed() throws TlsException {
        if (destroyed) {
            throw new TlsException(KeyScheduleFailure.SECRET_DESTROYED,
                    "traffic keys were used after they were destroyed");
        }
    }

    /** Security: the algorithm and lengths only. */
    @Override
    public String toString() {
        return destroyed ? "TrafficKeys(" + aead + ", destroyed)"
                : "TrafficKeys(" + aead + ", " + key.length + "-byte key, " + iv.length + "-byte iv, redacted)";
    }
}
