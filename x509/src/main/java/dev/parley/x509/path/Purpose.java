package dev.parley.x509.path;

import dev.parley.x509.Oids;
import dev.parley.x509.der.ObjectIdentifier;

/**
 * What the end-entity certificate is being validated for: the TLS role of its holder.
 * It selects the extended key usage the leaf and every CA above it must allow (RFC 5280
 * §4.2.1.12, with the web PKI's reading that a CA's extKeyUsage constrains the certificates below).
 */
public enum Purpose {
    /** A TLS server's certificate, as a client validates it: id-kp-serverAuth. */
    SERVER_AUTH(Oids.KP_SERVER_AUTH),
    /** A TLS client's certificate, as a server validates it: id-kp-clientAuth. */
    CLIENT_AUTH(Oids.KP_CLIENT_AUTH);

    private final ObjectIdentifier keyPurpose;

    Purpose(ObjectIdentifier keyPurpose) {
        this.keyPurpose = keyPurpose;
    }

    /** The KeyPurposeId an extKeyUsage extension must list (or anyExtendedKeyUsage). */
    public ObjectIdentifier keyPurpose() {
        return keyPurpose;
    }
}
