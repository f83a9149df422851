package dev.parley.x509.builder;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerStrings;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.name.Name;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the string form of distinguished names of RFC 4514 §3, such as
 * {@code CN=Parley Test CA,O=Parley,C=US}, into a {@link Name}: RDNs written last to first,
 * {@code +} joining the attributes of one RDN, backslash escapes of special characters and of
 * UTF-8 octets as hex pairs, and {@code #} followed by the hex of a whole DER value.
 *
 * <p>Attribute types: the names of RFC 4514 §3 (CN, L, ST, O, OU, C, STREET, DC, UID), case
 * insensitive, plus {@code emailAddress} (or {@code E}), {@code serialNumber} and {@code SN}
 * (surname) as OpenSSL knows them, or a dotted OID. Values are encoded as RFC 5280 §4.1.2.4 and
 * Appendix A.1 want: PrintableString for countryName and serialNumber, IA5String for
 * domainComponent and emailAddress, UTF8String otherwise.
 *
 * <p>Like OpenSSL, and unlike RFC 4514's strict grammar, spaces around the separators are
 * ignored; a value's own leading or trailing space must be escaped.
 */
public final class NameParser {

    private static final Map<String, ObjectIdentifier> TYPES = Map.ofEntries(
            Map.entry("CN", Oids.COMMON_NAME), Map.entry("L", Oids.LOCALITY_NAME),
            Map.entry("ST", Oids.STATE_OR_PROVINCE_NAME), Map.entry("O", Oids.ORGANIZATION_NAME),
            Map.entry("OU", Oids.ORGANIZATIONAL_UNIT_NAME), Map.entry("C", Oids.COUNTRY_NAME),
            Map.entry("STREET", Oids.STREET_ADDRESS), Map.entry("DC", Oids.DOMAIN_COMPONENT),
            Map.entry("UID", Oids.USER_ID), Map.entry("EMAILADDRESS", Oids.EMAIL_ADDRESS),
            Map.entry("E", Oids.EMAIL_ADDRESS), Map.entry("SERIALNUMBER", Oids.SERIAL_NUMBER),
            Map.entry("SN", Oids.SURNAME));

    private static final String SPECIAL = "\"+,;<>\\ #=";

    private final String text;
    private int position;

    private NameParser(String text) {
        this.text = text;
    }

    /**
     * The name {@code rfc4514} denotes; the empty string is the empty name.
     *
     * @throws IllegalArgumentException if it is not a distinguished name in RFC 4514's string form
     */
    public static Name parse(String rfc4514) {
        NameParser parser = new NameParser(rfc4514);
        List<List<Consumer<DerWriter>>> rdns = new ArrayList<>();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            rdns.add(parser.rdn());
            parser.skipSpaces();
            while (!parser.atEnd()) {
                // RFC 4514 §3: RDNs are separated by commas (RFC 2253 §4 also allowed semicolons).
                parser.expect(',', ';');
                parser.skipSpaces();
                rdns.add(parser.rdn());
                parser.skipSpaces();
            }
        }
        // RFC 4514 §2.1: the string starts with the last RDN of the RDNSequence.
        byte[] der = DerWriter.encode(w -> w.sequence(sequence -> {
            for (int i = rdns.size() - 1; i >= 0; i--) {
                sequence.setOf(rdns.get(i));
            }
        }));
        try {
            return Name.parse(der);
        } catch (X509Exception e) {
            throw new IllegalArgumentException("not a valid name: " + rfc4514 + ": " + e.detail(), e);
        }
    }

    private List<Consumer<DerWriter>> rdn() {
        List<Consumer<DerWriter>> attributes = new ArrayList<>();
        while (true) {
            attributes.add(attribute());
            skipSpaces();
            if (atEnd() || text.charAt(position) != '+') {
                return attributes;
            }
            position++;
            skipSpaces();
        }
    }

    private Consumer<DerWriter> attribute() {
        ObjectIdentifier type = type();
        skipSpaces();
        expect('=');
        skipSpaces();
        if (!atEnd() && text.charAt(position) == '#') {
            DerValue value = hexValue();
            return w -> w.sequence(atv -> {
                atv.oid(type);
                atv.raw(value.encoded());
            });
        }
        String value = stringValue();
        DerTag tag = stringType(type);
        try {
            Bytes content = DerStrings.encode(tag, value);
            return w -> w.sequence(atv -> {
                atv.oid(type);
                atv.element(tag, content);
            });
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the value of " + type + " cannot be a " + tag + ": " + value, e);
        }
    }

    private ObjectIdentifier type() {
        int start = position;
        while (!atEnd() && text.charAt(position) != '=' && text.charAt(position) != ' ') {
            position++;
        }
        String name = text.substring(start, position);
        if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
            try {
                return ObjectIdentifier.of(name);
            } catch (IllegalArgumentException e) {
                throw error("not an attribute type: " + name);
            }
        }
        ObjectIdentifier type = TYPES.get(name.toUpperCase(Locale.ROOT));
        if (type == null) {
            throw error("unknown attribute type '" + name + "'; use a dotted OID");
        }
        return type;
    }

    /** RFC 4514 §3: {@code hexstring = SHARP 1*hexpair}, the BER (here: DER) encoding of the value. */
    private DerValue hexValue() {
        position++;
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        while (!atEnd() && Character.digit(text.charAt(position), 16) >= 0) {
            octets.write(hexPair());
        }
        try {
            DerReader in = DerReader.of(octets.toByteArray());
            DerValue value = in.readAny("attribute value");
            in.expectEnd("attribute value");
            return value;
        } catch (X509Exception e) {
            throw error("the #hex value is not one DER element: " + e.detail());
        }
    }

    /** RFC 4514 §3: characters, with {@code \special} and {@code \hexpair} escapes, the pairs forming UTF-8. */
    private String stringValue() {
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        int significant = 0;
        while (!atEnd() && "+,;".indexOf(text.charAt(position)) < 0) {
            char c = text.charAt(position);
            if (c == '\\') {
                position++;
                if (atEnd()) {
                    throw error("a value ends in a lone backslash");
                }
                char next = text.charAt(position);
                if (SPECIAL.indexOf(next) >= 0) {
                    octets.write(next);
                    position++;
                } else {
                    octets.write(hexPair());
                }
                significant = octets.size();
            } else if (c == '"' || c == '<' || c == '>') {
                throw error("'" + c + "' must be escaped");
            } else {
                int codePoint = text.codePointAt(position);
                if (Character.isSurrogate((char) codePoint)) {
                    throw error("an unpaired surrogate is no character");
                }
                octets.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                position += Character.charCount(codePoint);
                if (c != ' ') {
                    significant = octets.size();
                }
            }
        }
        byte[] utf8 = octets.toByteArray();
        if (significant == 0) {
            throw error("empty attribute value");
        }
        try {
            // Unescaped trailing spaces are not part of the value.
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8, 0, significant)).toString();
        } catch (CharacterCodingException e) {
            throw error("escaped octets are not UTF-8");
        }
    }

    private int hexPair() {
        if (position + 2 > text.length()) {
            throw error("expected two hex digits");
        }
        int high = Character.digit(text.charAt(position), 16);
        int low = Character.digit(text.charAt(position + 1), 16);
        if (high < 0 || low < 0) {
            throw error("expected two hex digits");
        }
        position += 2;
        return high << 4 | low;
    }

    private static DerTag stringType(ObjectIdentifier type) {
        if (type.equals(Oids.COUNTRY_NAME) || type.equals(Oids.SERIAL_NUMBER)) {
            return DerTag.PRINTABLE_STRING;
        }
        if (type.equals(Oids.DOMAIN_COMPONENT) || type.equals(Oids.EMAIL_ADDRESS)) {
            return DerTag.IA5_STRING;
        }
        return DerTag.UTF8_STRING;
    }

    private void expect(char... allowed) {
        if (atEnd() || String.valueOf(allowed).indexOf(text.charAt(position)) < 0) {
            throw error("expected '" + allowed[0] + "'");
        }
        position++;
    }

    private void skipSpaces() {
        while (!atEnd() && text.charAt(position) == ' ') {
            position++;
        }
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at position " + position + " of \"" + text + "\"");
    }
}
