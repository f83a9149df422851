package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerReader;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the certified key may be used for (RFC 5280 §4.2.1.3: {@code KeyUsage ::= BIT STRING} of
 * nine named bits). The DER rule that trailing zero bits of a named bit list are dropped
 * (X.690 §11.2.2) is not enforced: it changes no meaning, and deployed CAs break it.
 *
 * @param bits the usages whose bits are set
 */
public record KeyUsage(Set<Bit> bits) {

    /** The named bits, in bit order (RFC 5280 §4.2.1.3). */
    public enum Bit {
        DIGITAL_SIGNATURE, CONTENT_COMMITMENT, KEY_ENCIPHERMENT, DATA_ENCIPHERMENT, KEY_AGREEMENT,
        KEY_CERT_SIGN, CRL_SIGN, ENCIPHER_ONLY, DECIPHER_ONLY
    }

    public KeyUsage {
        bits = Set.copyOf(Objects.requireNonNull(bits, "bits"));
    }

    /** Whether usage {@code bit} is allowed. */
    public boolean allows(Bit bit) {
        return bits.contains(bit);
    }

    static KeyUsage decode(Bytes value) throws X509Exception {
        DerReader in = DerReader.of(value);
        BitString bitString = in.bitString("KeyUsage");
        in.expectEnd("KeyUsage");
        EnumSet<Bit> set = EnumSet.noneOf(Bit.class);
        for (Bit bit : Bit.values()) {
            if (bitString.isSet(bit.ordinal())) {
                set.add(bit);
            }
        }
        // RFC 5280 §4.2.1.3: when the extension appears, at least one bit is set.
        if (set.isEmpty()) {
            throw new X509Exception(X509Failure.MALFORMED_EXTENSION, "KeyUsage with no usage bit set");
        }
        return new KeyUsage(set);
    }
}
