package dev.parley.handshake.client;

import dev.parley.crypto.KeyShare;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.message.ClientHello;
import dev.parley.record.wire.DecodeFailure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One ClientHello we send, with the secrets behind it: the private half of each key share it
 * offers (RFC 8446 §4.2.8) and the PSK it offers, if it resumes (§4.2.11).
 *
 * <p>Security: not a record; {@link #destroy()} forgets the private keys and the PSK.
 */
final class ClientOffer {

    private final ClientHello hello;
    private final Offered offered;
    private final Map<NamedGroup, KeyShare> keyShares;
    private final Optional<PskOffer> psk;

    private ClientOffer(ClientHello hello, Offered offered, Map<NamedGroup, KeyShare> keyShares,
                        Optional<PskOffer> psk) {
        this.hello = hello;
        this.offered = offered;
        this.keyShares = keyShares;
        this.psk = psk;
    }

    /**
     * The offer of {@code hello}, whose key_share carries exactly the public halves of
     * {@code keyShares} (and possibly a GREASE share), and whose pre_shared_key, if any, offers
     * {@code psk}.
     */
    static ClientOffer of(ClientHello hello, Map<NamedGroup, KeyShare> keyShares, Optional<PskOffer> psk)
            throws DecodeFailure {
        Objects.requireNonNull(psk, "psk");
        Offered offered = Offered.of(hello);
        if (!offered.keyShareGroups().equals(keyShares.keySet())) {
            throw new IllegalArgumentException("the hello shares " + offered.keyShareGroups()
                    + " but the private keys are for " + keyShares.keySet());
        }
        if (offered.offeredPsk() != psk.isPresent()) {
            throw new IllegalArgumentException("the hello's pre_shared_key and the PSK offer disagree");
        }
        return new ClientOffer(hello, offered, new LinkedHashMap<>(keyShares), psk);
    }

    /** The ClientHello. */
    ClientHello hello() {
        return hello;
    }

    /** What the hello offered. */
    Offered offered() {
        return offered;
    }

    /** Our private key for {@code group}, if the hello offered a share in it. */
    Optional<KeyShare> keyShare(NamedGroup group) {
        return Optional.ofNullable(keyShares.get(group));
    }

    /** The private keys of the shares offered. */
    Map<NamedGroup, KeyShare> keyShares() {
        return Map.copyOf(keyShares);
    }

    /** The PSK offered, if the hello resumes. */
    Optional<PskOffer> psk() {
        return psk;
    }

    /**
     * The same offer with its hello replaced by {@code bound}, the one carrying real binders. The
     * two hellos differ in their binders only, which {@link Offered} does not read, so the offer
     * read from the first stands.
     */
    ClientOffer withHello(ClientHello bound) {
        return new ClientOffer(bound, offered, keyShares, psk);
    }

    /** Forgets every private key share (once the shared secret is computed, or the offer is dropped). */
    void destroyKeyShares() {
        keyShares.values().forEach(KeyShare::destroy);
    }

    /** Forgets the private key shares and the PSK. */
    void destroy() {
        destroyKeyShares();
        psk.ifPresent(PskOffer::destroy);
    }

    @Override
    public String toString() {
        return "ClientOffer(" + offered + ", shares " + keyShares.keySet() + ", " + psk + ")";
    }
}
