package dev.parley.x509.key;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.EcPublicKey;
import dev.parley.crypto.EdPublicKey;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.PublicKey;
import dev.parley.crypto.RsaPublicKey;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.algorithm.RsaPssParameters;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.DerWriter;
import java.util.Objects;
import java.util.Optional;

/**
 * A public key with its algorithm, as a certificate carries it (RFC 5280 §4.1.2.7:
 * {@code SubjectPublicKeyInfo ::= SEQUENCE { algorithm AlgorithmIdentifier, subjectPublicKey BIT STRING }}).
 *
 * <p>Keys of the algorithms Parley implements are decoded into crypto's {@link PublicKey} types
 * while parsing ({@link PublicKeyDecoder} lists the rules); a malformed key of such an algorithm
 * fails the parse. Keys of other algorithms (DSA, X25519, curves other than P-256/384/521,
 * explicit curve parameters) parse with an empty {@link #publicKey()} and a reason in
 * {@link #unsupportedReason()}, so a validator can report why it cannot use them.
 *
 * @param algorithm the key's algorithm and parameters
 * @param subjectPublicKey the key bits
 * @param encoded the whole SubjectPublicKeyInfo as it arrived (what key pinning hashes)
 * @param publicKey the decoded key, if the algorithm is supported
 * @param rsaPssParameters for id-RSASSA-PSS keys, the parameters that restrict the key's use
 * @param unsupportedReason why {@code publicKey} is empty, if it is
 */
public record SubjectPublicKeyInfo(AlgorithmIdentifier algorithm, BitString subjectPublicKey, Bytes encoded,
                                   Optional<PublicKey> publicKey, Optional<RsaPssParameters> rsaPssParameters,
                                   Optional<String> unsupportedReason) {

    public SubjectPublicKeyInfo {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(subjectPublicKey, "subjectPublicKey");
        Objects.requireNonNull(encoded, "encoded");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(rsaPssParameters, "rsaPssParameters");
        Objects.requireNonNull(unsupportedReason, "unsupportedReason");
    }

    /** Reads a SubjectPublicKeyInfo SEQUENCE and decodes its key. */
    public static SubjectPublicKeyInfo read(DerReader in) throws X509Exception {
        DerValue element = in.read(DerTag.SEQUENCE, "subjectPublicKeyInfo");
        DerReader spki = in.contentOf(element);
        AlgorithmIdentifier algorithm = AlgorithmIdentifier.read(spki, "subjectPublicKeyInfo.algorithm");
        BitString bits = spki.bitString("subjectPublicKey");
        spki.expectEnd("subjectPublicKeyInfo");
        try {
            return PublicKeyDecoder.decode(algorithm, bits, element.encoded());
        } catch (X509Exception e) {
            throw e.within("subjectPublicKeyInfo");
        }
    }

    /**
     * The SubjectPublicKeyInfo of {@code key}, for certificates Parley issues: rsaEncryption with
     * NULL parameters and an RSAPublicKey (RFC 3279 §2.3.1, RFC 8017 Appendix A.1.1), id-ecPublicKey
     * with the named curve and the point as the key holds it (RFC 5480 §2), or id-Ed25519 and
     * id-Ed448 without parameters (RFC 8410 §4).
     *
     * @throws IllegalArgumentException if the key is malformed, such as an EC point of the wrong length
     */
    public static SubjectPublicKeyInfo of(PublicKey key) {
        AlgorithmIdentifier algorithm;
        Bytes bits;
        if (key instanceof RsaPublicKey rsa) {
            algorithm = AlgorithmIdentifier.withNullParameters(Oids.RSA_ENCRYPTION);
            bits = Bytes.wrap(DerWriter.encode(w -> w.sequence(seq -> {
                seq.integer(rsa.modulus());
                seq.integer(rsa.publicExponent());
            })));
        } else if (key instanceof EcPublicKey ec) {
            algorithm = new AlgorithmIdentifier(Oids.EC_PUBLIC_KEY,
                    Optional.of(DerValue.of(DerTag.OBJECT_IDENTIFIER, EcCurves.oid(ec.curve()).contentOctets())));
            bits = ec.point();
        } else {
            EdPublicKey ed = (EdPublicKey) key;
            algorithm = AlgorithmIdentifier.of(ed.type() == KeyType.ED25519 ? Oids.ED25519 : Oids.ED448);
            bits = ed.encoded();
        }
        byte[] der = DerWriter.encode(w -> w.sequence(seq -> {
            algorithm.write(seq);
            seq.bitString(BitString.of(bits));
        }));
        try {
            return parse(der);
        } catch (X509Exception e) {
            throw new IllegalArgumentException("not an encodable public key: " + e.getMessage(), e);
        }
    }

    /** Parses the DER encoding of a SubjectPublicKeyInfo, as in a PEM {@code PUBLIC KEY} block. */
    public static SubjectPublicKeyInfo parse(byte[] der) throws X509Exception {
        DerReader in = DerReader.of(der);
        SubjectPublicKeyInfo spki = read(in);
        in.expectEnd("SubjectPublicKeyInfo");
        return spki;
    }
}
