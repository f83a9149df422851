package dev.parley.x509.name;

import dev.parley.x509.X509Exception;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Builds encoded names for tests: RDNs in RDNSequence order, each a list of attributes. */
final class Names {

    /** One attribute: type, string type and text. */
    record Attribute(ObjectIdentifier type, DerTag stringType, String text) {
    }

    private Names() {
    }

    static Attribute attribute(ObjectIdentifier type, DerTag stringType, String text) {
        return new Attribute(type, stringType, text);
    }

    /** A name whose RDNs each hold the attributes given, in RDNSequence order. */
    @SafeVarargs
    static Name name(List<Attribute>... rdns) throws X509Exception {
        return Name.parse(DerWriter.encode(w -> w.sequence(sequence -> {
            for (List<Attribute> rdn : rdns) {
                List<Consumer<DerWriter>> attributes = new ArrayList<>();
                for (Attribute a : rdn) {
                    attributes.add(x -> x.sequence(atv -> {
                        atv.oid(a.type());
                        atv.string(a.stringType(), a.text());
                    }));
                }
                sequence.setOf(attributes);
            }
        })));
    }

    /** A name of single-attribute RDNs. */
    static Name name(Attribute... attributes) throws X509Exception {
        return Name.parse(DerWriter.encode(w -> w.sequence(sequence -> {
            for (Attribute a : attributes) {
                sequence.set(rdn -> rdn.sequence(atv -> {
                    atv.oid(a.type());
                    atv.string(a.stringType(), a.text());
                }));
            }
        })));
    }
}
