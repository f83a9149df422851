package dev.parley.x509.testing;

import dev.parley.crypto.Bytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checked-in OpenSSL test material of {@code src/test/resources/dev/parley/x509/testdata}
 * (see its README.md) and OpenSSL's own reading of it, {@code openssl-facts.txt}, which the tests
 * use as independent expected values.
 */
public final class TestData {

    private static final String FOLDER = "/dev/parley/x509/testdata/";
    private static Map<String, Map<String, String>> facts;

    private TestData() {
    }

    /** The octets of test file {@code name}. */
    public static byte[] bytes(String name) {
        try (InputStream in = TestData.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Test file {@code name} as text. */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The DER of the first PEM block of test file {@code name}, decoded with the JDK's Base64 as an independent reader. */
    public static byte[] pemBody(String name) {
        String text = text(name);
        int begin = text.indexOf("-----\n", text.indexOf("-----BEGIN ")) + 6;
        int end = text.indexOf("-----END ", begin);
        return java.util.Base64.getMimeDecoder().decode(text.substring(begin, end));
    }

    /** What OpenSSL printed about {@code section} (a certificate name such as {@code leaf}, or a key file). */
    public static synchronized Map<String, String> facts(String section) {
        if (facts == null) {
            facts = new LinkedHashMap<>();
            Map<String, String> current = null;
            for (String line : text("openssl-facts.txt").split("\n")) {
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = new LinkedHashMap<>();
                    facts.put(line.substring(1, line.length() - 1), current);
                } else if (current != null && line.contains("=")) {
                    current.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                }
            }
        }
        Map<String, String> found = facts.get(section);
        if (found == null) {
            throw new IllegalArgumentException("no facts for " + section);
        }
        return found;
    }

    /** One line of {@code der-vectors.tsv}: an openssl -genstr value and OpenSSL's encoding of it. */
    public record DerVector(String value, Bytes der) {
        /** The part of the genstr value after its last ':', the literal OpenSSL was given. */
        public String literal() {
            return value.substring(value.lastIndexOf(':') + 1);
        }
    }

    /** Every vector of {@code der-vectors.tsv} whose genstr value starts with {@code prefix}. */
    public static List<DerVector> derVectors(String prefix) {
        List<DerVector> vectors = new ArrayList<>();
        for (String line : text("der-vectors.tsv").split("\n")) {
            String[] fields = line.split("\t");
            if (fields[0].startsWith(prefix)) {
                vectors.add(new DerVector(fields[0], Bytes.fromHex(fields[1])));
            }
        }
        if (vectors.isEmpty()) {
            throw new IllegalArgumentException("no vectors for " + prefix);
        }
        return vectors;
    }
}
