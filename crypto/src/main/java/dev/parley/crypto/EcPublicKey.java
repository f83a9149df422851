package dev.parley.crypto;

import java.util.Objects;

/**
 * An elliptic-curve public key: a point on a named curve, kept in the encoding it arrived in
 * (SEC 1 §2.3.3; X.509 and TLS both use the uncompressed form {@code 04 || X || Y}).
 *
 * @param curve the named curve
 * @param point the encoded point, validated when a verifier is made from it
 */
public record EcPublicKey(NamedCurve curve, Bytes point) implements PublicKey {

    public EcPublicKey {
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(point, "point");
    }

    @Override
    public KeyType type() {
        return KeyType.EC;
    }
}
