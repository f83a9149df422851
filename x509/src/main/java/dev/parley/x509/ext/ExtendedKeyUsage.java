package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The purposes the certified key may serve (RFC 5280 §4.2.1.12:
 * {@code ExtKeyUsageSyntax ::= SEQUENCE SIZE (1..MAX) OF KeyPurposeId}).
 *
 * @param purposes the key purpose OIDs, such as {@link Oids#KP_SERVER_AUTH}
 */
public record ExtendedKeyUsage(List<ObjectIdentifier> purposes) {

    public ExtendedKeyUsage {
        purposes = List.copyOf(Objects.requireNonNull(purposes, "purposes"));
    }

    /** Whether {@code purpose} is listed (anyExtendedKeyUsage is not expanded here). */
    public boolean contains(ObjectIdentifier purpose) {
        return purposes.contains(purpose);
    }

    static ExtendedKeyUsage decode(Bytes value) throws X509Exception {
        DerReader in = DerReader.of(value);
        DerReader sequence = in.sequence("ExtKeyUsageSyntax");
        in.expectEnd("ExtKeyUsageSyntax");
        List<ObjectIdentifier> purposes = new ArrayList<>();
        while (!sequence.isEmpty()) {
            purposes.add(sequence.oid("KeyPurposeId"));
        }
        if (purposes.isEmpty()) {
            throw new X509Exception(X509Failure.EMPTY_SEQUENCE, "ExtKeyUsageSyntax is SIZE (1..MAX)");
        }
        return new ExtendedKeyUsage(purposes);
    }
}
