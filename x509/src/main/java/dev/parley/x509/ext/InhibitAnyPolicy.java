package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.der.DerReader;

/**
 * After how many further certificates anyPolicy stops counting as a match (RFC 5280 §4.2.1.14:
 * {@code InhibitAnyPolicy ::= SkipCerts ::= INTEGER (0..MAX)}).
 *
 * @param skipCerts the number of additional non-self-issued certificates
 */
public record InhibitAnyPolicy(int skipCerts) {

    static InhibitAnyPolicy decode(Bytes value) throws X509Exception {
        DerReader in = DerReader.of(value);
        int skipCerts = in.intValue(0, Integer.MAX_VALUE, "SkipCerts");
        in.expectEnd("InhibitAnyPolicy");
        return new InhibitAnyPolicy(skipCerts);
    }
}
