package dev.parley.x509.name;

import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerStrings;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.der.TagClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link GeneralName}s (RFC 5280 §4.2.1.6 and Appendix A.2, where the module's default
 * tagging is IMPLICIT: {@code [1]}, {@code [2]}, {@code [6]} and {@code [7]} replace the string's
 * tag, {@code [0]} and {@code [5]} the SEQUENCE's, while {@code [4]} wraps the Name because a
 * CHOICE cannot be tagged implicitly).
 */
public final class GeneralNames {

    private GeneralNames() {
    }

    /** Reads {@code GeneralNames ::= SEQUENCE SIZE (1..MAX) OF GeneralName}. */
    public static List<GeneralName> readSequence(DerReader in, String field) throws X509Exception {
        return readAll(in.sequence(field), field);
    }

    /** Reads the GeneralName elements that fill {@code content} up to its end; at least one. */
    public static List<GeneralName> readAll(DerReader content, String field) throws X509Exception {
        List<GeneralName> names = new ArrayList<>();
        while (!content.isEmpty()) {
            names.add(read(content));
        }
        if (names.isEmpty()) {
            // RFC 5280 §4.2.1.6: GeneralNames is SIZE (1..MAX).
            throw new X509Exception(X509Failure.EMPTY_SEQUENCE, field + ": GeneralNames without a name");
        }
        return List.copyOf(names);
    }

    /** Reads one GeneralName. */
    public static GeneralName read(DerReader in) throws X509Exception {
        DerTag tag = in.peekTag();
        if (tag.tagClass() != TagClass.CONTEXT_SPECIFIC) {
            throw new X509Exception(X509Failure.UNEXPECTED_TAG, "GeneralName: expected a context tag, found " + tag);
        }
        return switch (tag.number()) {
            case 0 -> otherName(in.readConstructed(DerTag.contextConstructed(0), "otherName"));
            case 1 -> new GeneralName.Rfc822Name(ia5(in, 1, "rfc822Name"));
            case 2 -> new GeneralName.DnsName(ia5(in, 2, "dNSName"));
            case 3 -> new GeneralName.X400Address(in.read(DerTag.contextConstructed(3), "x400Address"));
            case 4 -> directoryName(in.readConstructed(DerTag.contextConstructed(4), "directoryName"));
            case 5 -> new GeneralName.EdiPartyName(in.read(DerTag.contextConstructed(5), "ediPartyName"));
            case 6 -> new GeneralName.UniformResourceIdentifier(ia5(in, 6, "uniformResourceIdentifier"));
            case 7 -> new GeneralName.IpAddress(in.readContent(DerTag.contextPrimitive(7), "iPAddress"));
            case 8 -> new GeneralName.RegisteredId(
                    ObjectIdentifier.fromContent(in.readContent(DerTag.contextPrimitive(8), "registeredID")));
            default -> throw new X509Exception(X509Failure.UNEXPECTED_TAG, "GeneralName: no choice has tag " + tag);
        };
    }

    private static String ia5(DerReader in, int number, String field) throws X509Exception {
        try {
            return DerStrings.decode(DerTag.IA5_STRING, in.readContent(DerTag.contextPrimitive(number), field));
        } catch (X509Exception e) {
            throw e.within(field);
        }
    }

    private static GeneralName otherName(DerReader sequence) throws X509Exception {
        // OtherName ::= SEQUENCE { type-id OBJECT IDENTIFIER, value [0] EXPLICIT ANY DEFINED BY type-id }
        ObjectIdentifier typeId = sequence.oid("otherName type-id");
        DerReader wrapper = sequence.readConstructed(DerTag.contextConstructed(0), "otherName value");
        DerValue value = wrapper.readAny("otherName value");
        wrapper.expectEnd("otherName value");
        sequence.expectEnd("otherName");
        return new GeneralName.OtherName(typeId, value);
    }

    private static GeneralName directoryName(DerReader wrapper) throws X509Exception {
        Name name = Name.read(wrapper);
        wrapper.expectEnd("directoryName");
        return new GeneralName.DirectoryName(name);
    }
}
