package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.der.DerReader;
import java.util.Objects;

/**
 * The Certificate Transparency timestamps embedded in a certificate, kept raw (RFC 6962 §3.3: the
 * extension holds an OCTET STRING whose content is a TLS-encoded SignedCertificateTimestampList).
 *
 * @param tlsEncoded the TLS-encoded list, to be decoded by whoever checks CT
 */
public record SignedCertificateTimestampList(Bytes tlsEncoded) {

    public SignedCertificateTimestampList {
        Objects.requireNonNull(tlsEncoded, "tlsEncoded");
    }

    static SignedCertificateTimestampList decode(Bytes value) throws X509Exception {
        DerReader in = DerReader.of(value);
        Bytes list = in.octetString("SignedCertificateTimestampList");
        in.expectEnd("SignedCertificateTimestampList");
        return new SignedCertificateTimestampList(list);
    }
}
