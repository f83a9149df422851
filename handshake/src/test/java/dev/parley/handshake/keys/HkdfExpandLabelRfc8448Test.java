package dev.parley.handshake.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hkdf;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every HKDF-Expand-Label invocation RFC 8448 prints, in all five traces (§3 to §7): the
 * HkdfLabel encoding must equal the printed "info", and the expansion of the printed PRK the
 * printed "expanded" value. The label is read from the caption ({@code "tls13 c hs traffic"}),
 * "key"/"iv" for traffic keys, and "finished" for the PSK binder (which RFC 8448 §4 labels so).
 */
class HkdfExpandLabelRfc8448Test {

    private static final Pattern QUOTED_LABEL = Pattern.compile("\"tls13 ([^\"]+)\"");

    private final Hkdf hkdf = new BouncyCastleCryptoProvider().hkdf(HashAlgorithm.SHA256);

    @TestFactory
    Stream<DynamicTest> everyExpansionInRfc8448() {
        return invocations().stream().map(invocation -> DynamicTest.dynamicTest(invocation.toString(), () -> {
            HkdfLabel label = HkdfLabel.of(invocation.expanded.length(), invocation.label, invocation.context);
            assertEquals(invocation.info, Bytes.wrap(HkdfLabel.CODEC.encode(label)), "info (the HkdfLabel encoding)");
            Bytes expanded = Bytes.wrap(HkdfLabel.expand(hkdf, Secret.copyOf(invocation.prk.toByteArray()),
                    invocation.label, invocation.context, invocation.expanded.length()));
            assertEquals(invocation.expanded, expanded, "expanded");
        }));
    }

    /**
     * Guards the factory above against finding less than there is: RFC 8448 prints 59 "info" lines
     * and 21 "key info" lines (each with its "iv info"), 101 expansions in all.
     */
    @Test
    void findsEveryExpansionOfAllFiveTraces() {
        List<Invocation> all = invocations();
        assertEquals(101, all.size(), "expansions found");
        for (int section = 3; section <= 7; section++) {
            int s = section;
            assertTrue(all.stream().anyMatch(i -> i.section == s), "none in §" + s);
        }
        assertTrue(all.stream().anyMatch(i -> i.label.equals("res binder") || i.caption.contains("PSK binder")));
    }

    private static List<Invocation> invocations() {
        List<Invocation> found = new ArrayList<>();
        IntStream.rangeClosed(3, 7).forEach(section -> {
            for (Rfc8448.Operation op : Rfc8448.section(section).operations()) {
                if (op.has("info")) {
                    Bytes context = op.has("hash") ? op.field("hash") : Bytes.EMPTY;
                    found.add(new Invocation(section, op.caption(), labelOf(op.caption()), op.field("PRK"),
                            context, op.field("info"), op.field("expanded")));
                }
                if (op.has("key info")) {
                    found.add(new Invocation(section, op.caption(), "key", op.field("PRK"), Bytes.EMPTY,
                            op.field("key info"), op.field("key expanded")));
                    found.add(new Invocation(section, op.caption(), "iv", op.field("PRK"), Bytes.EMPTY,
                            op.field("iv info"), op.field("iv expanded")));
                }
            }
        });
        return found;
    }

    private static String labelOf(String caption) {
        Matcher m = QUOTED_LABEL.matcher(caption);
        if (m.find()) {
            return m.group(1);
        }
        // RFC 8448 §4: "The PSK binder uses the same construction as Finished and so is labeled as finished here."
        if (caption.contains("calculate PSK binder")) {
            return "finished";
        }
        throw new AssertionError("no label in the caption " + caption);
    }

    private record Invocation(int section, String caption, String label, Bytes prk, Bytes context, Bytes info,
            Bytes expanded) {
        @Override
        public String toString() {
            return "RFC 8448 §" + section + " " + caption + " [" + label + "]";
        }
    }
}
