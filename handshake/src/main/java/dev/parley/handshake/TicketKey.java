package dev.parley.handshake;

import dev.parley.crypto.Bytes;
import java.util.Arrays;
import java.util.Objects;

/**
 * One key a server seals session tickets with: a public 16-byte name (so the right key is found
 * when a ticket comes back) and a 32-byte secret. IO::Socket::SSL's SSL_ticket_keycb hands out the
 * same pair.
 *
 * <p>Security: not a record; {@code toString} prints the name only.
 */
public final class TicketKey {

    /** Length of a key name. */
    public static final int NAME_LENGTH = 16;
    /** Length of the secret. */
    public static final int SECRET_LENGTH = 32;

    private final Bytes name;
    private final byte[] secret;

    public TicketKey(Bytes name, byte[] secret) {
        this.name = Objects.requireNonNull(name, "name");
        if (name.length() != NAME_LENGTH || secret.length != SECRET_LENGTH) {
            throw new IllegalArgumentException("a ticket key is a " + NAME_LENGTH + "-byte name and a "
                    + SECRET_LENGTH + "-byte secret");
        }
        this.secret = secret.clone();
    }

    public Bytes name() {
        return name;
    }

    /** A copy of the secret. */
    public byte[] secret() {
        return secret.clone();
    }

    /** Overwrites the secret. */
    public void destroy() {
        Arrays.fill(secret, (byte) 0);
    }

    @Override
    public String toString() {
        return "TicketKey[" + name + ", secret redacted]";
    }
}
