package dev.parley.handshake.server;

import dev.parley.crypto.Aead;
import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.TicketKey;
import dev.parley.handshake.TicketKeys;
import dev.parley.record.wire.DecodeFailure;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Stateless session tickets (RFC 8446 §4.6.1, RFC 5077 §4 for the layout): the {@link TicketState}
 * sealed with AES-256-GCM under the current {@link TicketKey}, behind the key's name so that a
 * returning ticket finds its key even after rotation:
 *
 * <pre>
 * ticket = key_name (16) || nonce (12) || AES-256-GCM(key secret, nonce, aad = key_name, TicketState)
 * </pre>
 *
 * <p>The 32-byte key secret is the AES-256 key. Security: nonces are random, so one key must not
 * seal more than 2^32 tickets (NIST SP 800-38D §8.3); keys rotate long before that in any
 * deployment. The key name is authenticated as associated data, so a ticket cannot be moved under
 * another name. Opening never reveals why a ticket was refused.
 */
final class AeadTicketSealer implements TicketSealer {

    private static final AeadAlgorithm AEAD = AeadAlgorithm.AES_256_GCM;
    private static final int NONCE_LENGTH = AEAD.nonceLength();
    private static final int OVERHEAD = TicketKey.NAME_LENGTH + NONCE_LENGTH + AEAD.tagLength();
    /** RFC 8446 §4.6.1: {@code opaque ticket<1..2^16-1>}. */
    private static final int MAX_TICKET_LENGTH = 0xFFFF;

    private final CryptoProvider crypto;
    private final TicketKeys keys;

    AeadTicketSealer(CryptoProvider crypto, TicketKeys keys) {
        this.crypto = Objects.requireNonNull(crypto, "crypto");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    @Override
    public Optional<Bytes> seal(TicketState state) {
        if (!state.fitsTicket()) {
            return Optional.empty();
        }
        byte[] plaintext = TicketState.CODEC.encode(state);
        try {
            if (OVERHEAD + plaintext.length > MAX_TICKET_LENGTH) {
                return Optional.empty();
            }
            TicketKey key = keys.current();
            byte[] ticket = new byte[OVERHEAD + plaintext.length];
            key.name().copyTo(ticket, 0);
            byte[] nonce = crypto.random().bytes(NONCE_LENGTH);
            System.arraycopy(nonce, 0, ticket, TicketKey.NAME_LENGTH, NONCE_LENGTH);
            byte[] aad = key.name().toByteArray();
            aead(key).seal(nonce, aad, 0, aad.length, plaintext, 0, plaintext.length, ticket,
                    TicketKey.NAME_LENGTH + NONCE_LENGTH);
            return Optional.of(Bytes.wrap(ticket));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    @Override
    public Optional<TicketState> open(Bytes ticket) {
        if (ticket.length() <= OVERHEAD) {
            return Optional.empty();
        }
        Bytes name = ticket.slice(0, TicketKey.NAME_LENGTH);
        Optional<TicketKey> key = keys.find(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = ticket.toByteArray();
        byte[] nonce = Arrays.copyOfRange(bytes, TicketKey.NAME_LENGTH, TicketKey.NAME_LENGTH + NONCE_LENGTH);
        byte[] aad = name.toByteArray();
        int ciphertextLength = bytes.length - TicketKey.NAME_LENGTH - NONCE_LENGTH;
        byte[] plaintext = new byte[ciphertextLength - AEAD.tagLength()];
        try {
            aead(key.get()).open(nonce, aad, 0, aad.length, bytes, TicketKey.NAME_LENGTH + NONCE_LENGTH,
                    ciphertextLength, plaintext, 0);
            return Optional.of(TicketState.CODEC.decodeExactly(plaintext, "TicketState"));
        } catch (CryptoException | DecodeFailure refused) {
            // A forged, damaged or foreign ticket: the client simply gets a full handshake.
            return Optional.empty();
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private Aead aead(TicketKey key) {
        byte[] secret = key.secret();
        try {
            return crypto.aead(AEAD, secret);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
