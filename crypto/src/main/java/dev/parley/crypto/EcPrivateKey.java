package dev.parley.crypto;

import java.math.BigInteger;
import java.util.Objects;

/** An elliptic-curve private key: the scalar d on a named curve (SEC 1 §3.2.1). */
public final class EcPrivateKey implements PrivateKey {

    private final NamedCurve curve;
    private BigInteger scalar;

    public EcPrivateKey(NamedCurve curve, BigInteger scalar) {
        this.curve = Objects.requireNonNull(curve, "curve");
        this.scalar = Objects.requireNonNull(scalar, "scalar");
    }

    @Override
    public KeyType type() {
        return KeyType.EC;
    }

    public NamedCurve curve() {
        return curve;
    }

    /** The private scalar d. */
    public BigInteger scalar() {
        if (scalar == null) {
            throw new IllegalStateException("private key was destroyed");
        }
        return scalar;
    }

    @Override
    public void destroy() {
        scalar = null;
    }

    @Override
    public boolean isDestroyed() {
        return scalar == null;
    }

    @Override
    public String toString() {
        return "EcPrivateKey[" + curve.secName() + (isDestroyed() ? ", destroyed]" : ", redacted]");
    }
}
