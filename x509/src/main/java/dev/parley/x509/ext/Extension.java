package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.Objects;

/**
 * One certificate extension as it arrived (RFC 5280 §4.1:
 * {@code Extension ::= SEQUENCE { extnID OBJECT IDENTIFIER, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }}).
 * {@link Extensions} decodes the values of the extensions this module knows.
 *
 * @param id the extension's OID
 * @param critical whether a certificate user that does not process it must reject the certificate
 * @param value the content of extnValue: the DER encoding of the extension's own syntax
 */
public record Extension(ObjectIdentifier id, boolean critical, Bytes value) {

    public Extension {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
    }

    /** Reads one Extension SEQUENCE. */
    public static Extension read(DerReader in) throws X509Exception {
        DerReader sequence = in.sequence("Extension");
        ObjectIdentifier id = sequence.oid("extnID");
        boolean critical = false;
        if (sequence.nextIs(DerTag.BOOLEAN)) {
            critical = sequence.bool("critical");
            // X.690 §11.5: critical DEFAULT FALSE is omitted when false.
            if (!critical) {
                throw new X509Exception(X509Failure.DEFAULT_VALUE_ENCODED, "extension " + id + " encodes critical FALSE");
            }
        }
        Bytes value = sequence.octetString("extnValue");
        sequence.expectEnd("Extension " + id);
        return new Extension(id, critical, value);
    }

    /** Writes this extension as a SEQUENCE. */
    public void write(DerWriter out) {
        out.sequence(seq -> {
            seq.oid(id);
            if (critical) {
                seq.bool(true);
            }
            seq.octetString(value);
        });
    }
}
