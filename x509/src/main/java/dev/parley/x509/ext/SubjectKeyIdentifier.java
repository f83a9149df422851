package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.der.DerReader;
import java.util.Objects;

/**
 * An identifier of the certified key, which issued certificates repeat in their authority key
 * identifier (RFC 5280 §4.2.1.2: {@code SubjectKeyIdentifier ::= KeyIdentifier ::= OCTET STRING}).
 *
 * @param keyIdentifier the identifier's octets
 */
public record SubjectKeyIdentifier(Bytes keyIdentifier) {

    public SubjectKeyIdentifier {
        Objects.requireNonNull(keyIdentifier, "keyIdentifier");
    }

    static SubjectKeyIdentifier decode(Bytes value) throws X509Exception {
        DerReader in = DerReader.of(value);
        Bytes identifier = in.octetString("SubjectKeyIdentifier");
        in.expectEnd("SubjectKeyIdentifier");
        return new SubjectKeyIdentifier(identifier);
    }
}
