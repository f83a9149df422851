package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.name.GeneralName;
import java.util.List;
import java.util.Objects;

/**
 * Other identities of the certificate's issuer (RFC 5280 §4.2.1.7: {@code IssuerAltName ::= GeneralNames}).
 * Path validation does not use it; it is parsed so that a critical one is recognised.
 *
 * @param names the names, in the order they arrived
 */
public record IssuerAlternativeName(List<GeneralName> names) {

    public IssuerAlternativeName {
        names = List.copyOf(Objects.requireNonNull(names, "names"));
    }

    static IssuerAlternativeName decode(Bytes value) throws X509Exception {
        return new IssuerAlternativeName(SubjectAlternativeName.readNames(value, "IssuerAltName"));
    }
}
