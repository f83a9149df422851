package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.der.DerReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * TLS extensions the certificate's holder promises to send (RFC 7633 §4:
 * {@code Features ::= SEQUENCE OF INTEGER}, each a TLS ExtensionType). The values are numbers
 * only: this module knows nothing of TLS beyond the one it must name, status_request.
 *
 * @param features the promised extension type numbers
 */
public record TlsFeature(List<Integer> features) {

    /** RFC 7633 §6 and RFC 6066 §8: the status_request extension, OCSP stapling. */
    public static final int STATUS_REQUEST = 5;

    public TlsFeature {
        features = List.copyOf(Objects.requireNonNull(features, "features"));
    }

    /** Whether the certificate is "must-staple": its holder promises an OCSP staple (RFC 7633 §4.2.3). */
    public boolean mustStaple() {
        return features.contains(STATUS_REQUEST);
    }

    static TlsFeature decode(Bytes value) throws X509Exception {
        DerReader in = DerReader.of(value);
        DerReader sequence = in.sequence("Features");
        in.expectEnd("Features");
        List<Integer> features = new ArrayList<>();
        while (!sequence.isEmpty()) {
            // TLS ExtensionType is a uint16 (RFC 8446 §4.2).
            features.add(sequence.intValue(0, 0xFFFF, "feature"));
        }
        return new TlsFeature(features);
    }
}
