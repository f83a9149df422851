package dev.parley.x509.name;

import dev.parley.x509.X509Exception;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerStrings;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribute of a distinguished name, such as {@code CN=example.com} (RFC 5280 §4.1.2.4:
 * {@code AttributeTypeAndValue ::= SEQUENCE { type AttributeType, value AttributeValue }}).
 *
 * <p>The value is {@code ANY}: it is kept as the element that arrived, and, when it is one of the
 * character string types, also as text (its alphabet checked while parsing).
 *
 * @param type the attribute type
 * @param value the value element as encoded
 * @param text the value as text when it is a character string
 */
public record AttributeTypeAndValue(ObjectIdentifier type, DerValue value, Optional<String> text) {

    public AttributeTypeAndValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }

    /** The attribute with {@code value}, whose text is decoded here when it is a string. */
    public static AttributeTypeAndValue of(ObjectIdentifier type, DerValue value) throws X509Exception {
        Optional<String> text = value.tag().isString()
                ? Optional.of(DerStrings.decode(value.tag(), value.content()))
                : Optional.empty();
        return new AttributeTypeAndValue(type, value, text);
    }

    /** Reads one {@code AttributeTypeAndValue} SEQUENCE. */
    public static AttributeTypeAndValue read(DerReader in) throws X509Exception {
        DerReader attribute = in.sequence("AttributeTypeAndValue");
        ObjectIdentifier type = attribute.oid("type");
        DerValue value = attribute.readAny("value");
        attribute.expectEnd("AttributeTypeAndValue");
        try {
            return of(type, value);
        } catch (X509Exception e) {
            throw e.within("value of " + type);
        }
    }
}
