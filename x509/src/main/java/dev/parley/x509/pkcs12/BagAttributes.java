package dev.parley.x509.pkcs12;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.Objects;
import java.util.Optional;

/**
 * The attributes of a SafeBag Parley uses (RFC 7292 §4.2:
 * {@code bagAttributes SET OF PKCS12Attribute}, each {@code SEQUENCE { attrId, attrValues SET OF ANY }}):
 * the friendlyName a person gave the bag and the localKeyId that pairs a key with its certificate
 * (RFC 2985 §5.5.1 and §5.5.2). Other attributes, such as Microsoft's or Java's, are skipped.
 *
 * <p>The SET and SET OF are read without checking DER's sort order: the MAC has already vouched
 * for the octets, and writers differ in how they order attributes. An attribute given twice keeps
 * its last value; pairing never rests on it alone, since the key is also compared with the
 * certificate's public key.
 *
 * @param friendlyName the bag's name for people
 * @param localKeyId the identifier shared by a key bag and its certificate bag
 */
public record BagAttributes(Optional<String> friendlyName, Optional<Bytes> localKeyId) {

    /** No attributes. */
    public static final BagAttributes NONE = new BagAttributes(Optional.empty(), Optional.empty());

    public BagAttributes {
        Objects.requireNonNull(friendlyName, "friendlyName");
        Objects.requireNonNull(localKeyId, "localKeyId");
    }

    /** Reads the optional bagAttributes SET that ends a SafeBag. */
    static BagAttributes read(DerReader bag) throws X509Exception {
        if (bag.isEmpty()) {
            return NONE;
        }
        DerReader set = bag.set("bagAttributes");
        Optional<String> friendlyName = Optional.empty();
        Optional<Bytes> localKeyId = Optional.empty();
        while (!set.isEmpty()) {
            DerReader attribute = set.sequence("PKCS12Attribute");
            ObjectIdentifier id = attribute.oid("attrId");
            DerReader values = attribute.set("attrValues");
            attribute.expectEnd("PKCS12Attribute");
            if (id.equals(Pkcs12Oids.FRIENDLY_NAME)) {
                friendlyName = Optional.of(values.string(DerTag.BMP_STRING, "friendlyName"));
                values.expectEnd("friendlyName: one value");
            } else if (id.equals(Pkcs12Oids.LOCAL_KEY_ID)) {
                localKeyId = Optional.of(values.octetString("localKeyId"));
                values.expectEnd("localKeyId: one value");
            }
        }
        return new BagAttributes(friendlyName, localKeyId);
    }
}
