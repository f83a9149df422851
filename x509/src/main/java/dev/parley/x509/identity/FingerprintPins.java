package dev.parley.x509.identity;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The certificates a client accepts by fingerprint, IO::Socket::SSL's {@code SSL_fingerprint}
 * given as a list.
 *
 * <p>The rule, for whoever wires this into the connection's verification (the later
 * {@code TlsConfig}): only the <em>leaf</em> certificate is compared. If any pin matches it, the
 * leaf is accepted even though its chain does not validate (self-signed, unknown issuer,
 * expired) — and nothing else changes: a pin is not a trust anchor for other certificates, does
 * not stand in for the hostname check, and a leaf that matches no pin is simply verified the
 * ordinary way. (IO::Socket::SSL 2.089's {@code SSL_force_fingerprint}, where the pin is the only
 * decision, is a separate switch and not part of this type.)
 */
public final class FingerprintPins {

    private static final FingerprintPins NONE = new FingerprintPins(List.of());

    private final List<Fingerprint> pins;

    private FingerprintPins(List<Fingerprint> pins) {
        this.pins = List.copyOf(pins);
    }

    /** No pins: every leaf is left to ordinary verification. */
    public static FingerprintPins none() {
        return NONE;
    }

    /** The given pins. */
    public static FingerprintPins of(List<Fingerprint> pins) {
        return pins.isEmpty() ? NONE : new FingerprintPins(pins);
    }

    /**
     * Pins from their text forms ({@link Fingerprint#parse}).
     *
     * @throws IdentityFormatException if any text is no fingerprint
     */
    public static FingerprintPins parse(List<String> texts) throws IdentityFormatException {
        List<Fingerprint> pins = new ArrayList<>(texts.size());
        for (String text : texts) {
            pins.add(Fingerprint.parse(text));
        }
        return of(pins);
    }

    public List<Fingerprint> pins() {
        return pins;
    }

    public boolean isEmpty() {
        return pins.isEmpty();
    }

    /**
     * The first pin the leaf matches. Each (algorithm, target) digest is computed once however
     * many pins use it.
     *
     * @param leafDer              the leaf certificate's DER encoding
     * @param leafSubjectPublicKey the contents of its subjectPublicKey BIT STRING
     */
    public Optional<Fingerprint> matchingPin(byte[] leafDer, byte[] leafSubjectPublicKey, CryptoProvider crypto) {
        Map<Fingerprint.Target, Map<HashAlgorithm, Bytes>> computed =
                new EnumMap<>(Fingerprint.Target.class);
        for (Fingerprint pin : pins) {
            Bytes digest = computed
                    .computeIfAbsent(pin.target(), target -> new EnumMap<>(HashAlgorithm.class))
                    .computeIfAbsent(pin.algorithm(), algorithm -> Fingerprint.digest(crypto, algorithm,
                            pin.target() == Fingerprint.Target.CERTIFICATE ? leafDer : leafSubjectPublicKey));
            if (pin.matchesDigest(digest)) {
                return Optional.of(pin);
            }
        }
        return Optional.empty();
    }

    /** Whether some pin matches the leaf, which then counts as verified (see the class comment). */
    public boolean acceptsLeaf(byte[] leafDer, byte[] leafSubjectPublicKey, CryptoProvider crypto) {
        return matchingPin(leafDer, leafSubjectPublicKey, crypto).isPresent();
    }

    @Override
    public String toString() {
        return pins.toString();
    }
}
