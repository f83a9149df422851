package dev.parley.x509.der;

import dev.parley.x509.X509Exception;
import java.util.function.Consumer;

/**
 * Walks any DER input element by element, descending into constructed elements: the generic
 * decoder the property and fuzz tests drive with hostile input.
 */
final class DerWalk {

    private DerWalk() {
    }

    /** Reads every element of {@code in} and below; returns how many there were. */
    static int walk(DerReader in) throws X509Exception {
        int count = 0;
        while (!in.isEmpty()) {
            DerValue value = in.readAny("element");
            count++;
            if (value.tag().constructed()) {
                count += walk(in.contentOf(value));
            }
        }
        return count;
    }

    /** Reads every element of {@code in} and writes it again with the writer. */
    static byte[] reEncode(DerReader in) throws X509Exception {
        DerWriter out = new DerWriter();
        copy(in, out);
        return out.toByteArray();
    }

    private static void copy(DerReader in, DerWriter out) throws X509Exception {
        while (!in.isEmpty()) {
            DerValue value = in.readAny("element");
            if (value.tag().constructed()) {
                DerWriter inner = new DerWriter();
                copy(in.contentOf(value), inner);
                Consumer<DerWriter> content = w -> w.raw(inner.toBytes());
                out.constructed(value.tag(), content);
            } else {
                out.element(value.tag(), value.content());
            }
        }
    }
}
