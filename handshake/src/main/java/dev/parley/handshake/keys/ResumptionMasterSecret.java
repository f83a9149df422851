package dev.parley.handshake.keys;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.record.TlsException;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * The resumption_master_secret of a connection (RFC 8446 §7.1), from which the PSK of every
 * ticket it issues or receives is derived (§4.6.1). The server keeps it to issue
 * NewSessionTickets, the client to turn received tickets into PSKs.
 */
public final class ResumptionMasterSecret implements Destroyable {

    private final CryptoProvider crypto;
    private final HashAlgorithm hash;
    private final Secret secret;

    ResumptionMasterSecret(CryptoProvider crypto, HashAlgorithm hash, Secret secret) {
        this.crypto = Objects.requireNonNull(crypto, "crypto");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    /** The hash of the cipher suite it belongs to; a resumption must use a suite with this hash. */
    public HashAlgorithm hash() {
        return hash;
    }

    /** The secret itself, for known-answer tests. */
    Secret secret() {
        return secret;
    }

    /**
     * The PSK of the ticket with {@code ticketNonce} (RFC 8446 §4.6.1). It belongs to the caller,
     * who stores it with the ticket (and destroys it when the ticket is dropped).
     *
     * @throws TlsException {@link KeyScheduleFailure#HKDF_LABEL_OUT_OF_RANGE} for a nonce longer
     *         than 255 bytes (the NewSessionTicket field is {@code opaque ticket_nonce<0..255>})
     */
    public Secret pskForTicket(Bytes ticketNonce) throws TlsException {
        // RFC 8446 §4.6.1: HKDF-Expand-Label(resumption_master_secret, "resumption", ticket_nonce, Hash.length).
        return HkdfLabel.expandSecret(crypto.hkdf(hash), secret, "resumption", ticketNonce, hash.outputLength());
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
        return "ResumptionMasterSecret(" + hash.standardName() + ", " + secret + ")";
    }
}
