package dev.parley.x509.key;

import dev.parley.crypto.NamedCurve;
import dev.parley.x509.Oids;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.Optional;

/** The named curves of RFC 5480 §2.1.1.1 that crypto's {@link NamedCurve} implements. */
public final class EcCurves {

    private EcCurves() {
    }

    /** The curve {@code oid} names, if Parley implements it. */
    public static Optional<NamedCurve> fromOid(ObjectIdentifier oid) {
        if (oid.equals(Oids.SECP256R1)) {
            return Optional.of(NamedCurve.SECP256R1);
        }
        if (oid.equals(Oids.SECP384R1)) {
            return Optional.of(NamedCurve.SECP384R1);
        }
        if (oid.equals(Oids.SECP521R1)) {
            return Optional.of(NamedCurve.SECP521R1);
        }
        return Optional.empty();
    }

    /** The identifier of {@code curve}. */
    public static ObjectIdentifier oid(NamedCurve curve) {
        return switch (curve) {
            case SECP256R1 -> Oids.SECP256R1;
            case SECP384R1 -> Oids.SECP384R1;
            case SECP521R1 -> Oids.SECP521R1;
        };
    }
}
