package dev.parley.x509.algorithm;

import dev.parley.crypto.HashAlgorithm;
import dev.parley.x509.Oids;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.Optional;

/** The hash algorithm identifiers of RFC 3279 §2.1 and RFC 5758 §2, mapped onto crypto's {@link HashAlgorithm}. */
public final class HashAlgorithms {

    private HashAlgorithms() {
    }

    /** The hash {@code oid} names, if Parley implements it. */
    public static Optional<HashAlgorithm> fromOid(ObjectIdentifier oid) {
        if (oid.equals(Oids.SHA1)) {
            return Optional.of(HashAlgorithm.SHA1);
        }
        if (oid.equals(Oids.SHA256)) {
            return Optional.of(HashAlgorithm.SHA256);
        }
        if (oid.equals(Oids.SHA384)) {
            return Optional.of(HashAlgorithm.SHA384);
        }
        if (oid.equals(Oids.SHA512)) {
            return Optional.of(HashAlgorithm.SHA512);
        }
        return Optional.empty();
    }

    /** The identifier of {@code hash}. */
    public static ObjectIdentifier oid(HashAlgorithm hash) {
        return switch (hash) {
            case SHA1 -> Oids.SHA1;
            case SHA256 -> Oids.SHA256;
            case SHA384 -> Oids.SHA384;
            case SHA512 -> Oids.SHA512;
        };
    }
}
