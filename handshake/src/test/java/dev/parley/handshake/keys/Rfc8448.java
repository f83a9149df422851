package dev.parley.handshake.keys;

import dev.parley.crypto.Bytes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The traces of RFC 8448 ("Example Handshake Traces for TLS 1.3"), read from the RFC text itself so
 * that every expected value in the known-answer tests is the RFC's own hex, found by the section
 * and the caption the RFC prints above it.
 *
 * <p>The text in {@code rfc8448.txt} next to this class is the RFC Editor's plain-text RFC 8448,
 * unchanged, as vendored by aws/s2n-tls at
 * {@code compliance/specs/www.rfc-editor.org/rfc/rfc8448.txt} (SHA-256
 * 6564d1376d1ec744fc7a9993da15ebc1b9be361908b166091f47ef605c537fba).
 *
 * <p>A trace is a list of operations, each a caption such as
 * {@code {server}  derive secret "tls13 c hs traffic":} followed by fields such as
 * {@code hash (32 octets):  86 0c ...}, whose hex may continue on further lines and across page
 * breaks. Every field's hex is checked against the octet count printed with it, so a parsing
 * slip cannot silently shorten an expected value.
 *
 * <p>Public so that the client and server state tests replay the same traces.
 */
public final class Rfc8448 {

    private static final Pattern SECTION = Pattern.compile("^(\\d+)\\.  \\S.*$");
    private static final Pattern CAPTION = Pattern.compile("^   (\\{(?:client|server)\\}  .*)$");
    private static final Pattern FIELD = Pattern.compile("^      ([A-Za-z][A-Za-z ]*?) \\((\\d+) octets\\):\\s+(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^         ([0-9a-f]{2}(?: [0-9a-f]{2})*)\\s*$");

    private static final Rfc8448 INSTANCE = load();

    private final Map<Integer, List<Operation>> sections;

    private Rfc8448(Map<Integer, List<Operation>> sections) {
        this.sections = sections;
    }

    /** The operations of section {@code number} (3 simple 1-RTT, 4 resumed 0-RTT, 5 HelloRetryRequest). */
    public static Section section(int number) {
        List<Operation> operations = INSTANCE.sections.get(number);
        if (operations == null || operations.isEmpty()) {
            throw new AssertionError("RFC 8448 has no trace in section " + number);
        }
        return new Section(number, operations);
    }

    /** One section's trace. */
    public static final class Section {
        private final int number;
        private final List<Operation> operations;

        Section(int number, List<Operation> operations) {
            this.number = number;
            this.operations = operations;
        }

        /** Every operation, in the order printed. */
        public List<Operation> operations() {
            return operations;
        }

        /** The one operation whose caption line is exactly {@code caption}. */
        public Operation operation(String caption) {
            List<Operation> found = operations(caption);
            if (found.size() != 1) {
                throw new AssertionError("RFC 8448 §" + number + ": " + found.size() + " operations captioned "
                        + caption + ", expected exactly one");
            }
            return found.get(0);
        }

        /** The {@code index}-th (from 0) operation captioned {@code caption}. */
        public Operation operation(String caption, int index) {
            List<Operation> found = operations(caption);
            if (index >= found.size()) {
                throw new AssertionError("RFC 8448 §" + number + " has " + found.size() + " operations captioned "
                        + caption);
            }
            return found.get(index);
        }

        /** The hex of field {@code field} in the one operation captioned {@code caption}. */
        public Bytes hex(String caption, String field) {
            return operation(caption).field(field);
        }

        public List<Operation> operations(String caption) {
            List<Operation> found = new ArrayList<>();
            for (Operation operation : operations) {
                if (operation.caption().equals(caption)) {
                    found.add(operation);
                }
            }
            return found;
        }
    }

    /** One captioned operation and its fields, in the order printed. */
    public record Operation(int section, String caption, Map<String, Bytes> fields) {

        /** The hex of field {@code name}; the field must be there. */
        public Bytes field(String name) {
            Bytes value = fields.get(name);
            if (value == null) {
                throw new AssertionError("RFC 8448 §" + section + " " + caption + " has no field \"" + name
                        + "\", only " + fields.keySet());
            }
            return value;
        }

        public boolean has(String name) {
            return fields.containsKey(name);
        }
    }

    private static Rfc8448 load() {
        String text;
        try (InputStream in = Rfc8448.class.getResourceAsStream("rfc8448.txt")) {
            if (in == null) {
                throw new AssertionError("rfc8448.txt is missing from the test resources");
            }
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new AssertionError("cannot read rfc8448.txt", e);
        }
        return parse(text);
    }

    static Rfc8448 parse(String text) {
        Map<Integer, List<Operation>> sections = new LinkedHashMap<>();
        int section = 0;
        String caption = null;
        Map<String, Bytes> fields = null;
        String field = null;
        int octets = 0;
        StringBuilder hex = null;
        for (String line : text.split("\n", -1)) {
            line = line.replace("\f", "");
            // Blank lines and page breaks separate fields but may also fall inside one long value.
            if (line.isBlank() || isPageBreak(line)) {
                continue;
            }
            Matcher m;
            boolean continues = hex != null && (m = CONTINUATION.matcher(line)).matches() && appendTo(hex, m);
            if (continues) {
                continue;
            }
            if (hex != null) {
                fields.put(field, finish(section, caption, field, octets, hex));
                hex = null;
            }
            if ((m = SECTION.matcher(line)).matches()) {
                section = Integer.parseInt(m.group(1));
                caption = null;
            } else if ((m = CAPTION.matcher(line)).matches()) {
                caption = m.group(1).trim();
                fields = new LinkedHashMap<>();
                sections.computeIfAbsent(section, s -> new ArrayList<>()).add(new Operation(section, caption, fields));
            } else if (caption != null && (m = FIELD.matcher(line)).matches()) {
                field = m.group(1);
                octets = Integer.parseInt(m.group(2));
                String first = m.group(3).trim();
                hex = new StringBuilder(first.equals("(empty)") ? "" : first);
            }
        }
        if (hex != null) {
            fields.put(field, finish(section, caption, field, octets, hex));
        }
        return new Rfc8448(sections);
    }

    private static boolean appendTo(StringBuilder hex, Matcher continuation) {
        hex.append(' ').append(continuation.group(1));
        return true;
    }

    /** The running footer and header of each page: "Thomson ... [Page n]" and "RFC 8448 ... 2019". */
    private static boolean isPageBreak(String line) {
        return (line.startsWith("Thomson ") && line.contains("[Page "))
                || (line.startsWith("RFC 8448 ") && line.endsWith("January 2019"));
    }

    private static Bytes finish(int section, String caption, String field, int octets, StringBuilder hex) {
        Bytes value = Bytes.fromHex(hex.toString());
        if (value.length() != octets) {
            throw new AssertionError("RFC 8448 §" + section + " " + caption + " " + field + ": parsed "
                    + value.length() + " octets, the RFC says " + octets);
        }
        return value;
    }
}
