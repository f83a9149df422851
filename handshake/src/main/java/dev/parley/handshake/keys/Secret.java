package dev.parley.handshake.keys;

import dev.parley.record.TlsException;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * A secret of the key schedule: a PSK, an (EC)DHE shared secret, the early, handshake or master
 * secret, a binder key (RFC 8446 §7.1), or a TLS 1.2 pre-master or master secret.
 *
 * <p>It never prints its content, has no content equality, and can be destroyed.
 * Security: {@link #destroy()} overwrites the bytes with zeros; a JVM may have copied them
 * elsewhere before (the garbage collector moves objects), so this shortens a secret's life on a
 * best-effort basis and, more importantly, makes any later use fail loudly.
 */
public final class Secret implements Destroyable {

    private final byte[] bytes;
    private boolean destroyed;

    private Secret(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A secret holding a copy of {@code bytes}; the caller should wipe its own array. */
    public static Secret copyOf(byte[] bytes) {
        return new Secret(bytes.clone());
    }

    /**
     * The "0" value of RFC 8446 §7.1: {@code length} zero bytes, used where a PSK or an (EC)DHE
     * shared secret is not available.
     */
    public static Secret zeros(int length) {
        return new Secret(new byte[length]);
    }

    /** Takes ownership of {@code bytes}, an array the caller just computed and holds nowhere else. */
    static Secret wrap(byte[] bytes) {
        return new Secret(bytes);
    }

    /** The length in bytes (public: it follows from the hash or the key exchange). */
    public int length() {
        return bytes.length;
    }

    /**
     * A fresh copy of the secret, which the caller must wipe after use. Meant for the record layer
     * boundary and for key logs; key schedule code reads the secret without copying.
     *
     * @throws TlsException {@link KeyScheduleFailure#SECRET_DESTROYED} after {@link #destroy()}
     */
    public byte[] copyBytes() throws TlsException {
        return bytes().clone();
    }

    /** The bytes themselves, for code in this package that only reads them. */
    byte[] bytes() throws TlsException {
        if (destroyed) {
            throw new TlsException(KeyScheduleFailure.SECRET_DESTROYED, "a secret was used after it was destroyed");
        }
        return bytes;
    }

    /** Overwrites the secret with zeros; every later use fails. Destroying twice is harmless. */
    @Override
    public void destroy() {
        Arrays.fill(bytes, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    /** Security: the length only, never the content. */
    @Override
    public String toString() {
        return destroyed ? "Secret(destroyed)" : "Secret(" + bytes.length + " bytes, redacted)";
    }
}
