package dev.parley;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fingerprints {@code certs/generate.sh} computed with openssl ({@code certs/fingerprints.txt}),
 * so the expected values never come from Parley itself.
 */
final class ExpectedFingerprints {

    private static final Map<String, String> VALUES = load();

    static final String SERVER_SHA256 = get("server.pem", "sha256$");
    static final String SERVER_SHA1 = get("server.pem", "sha1$");
    static final String SERVER_PUBLIC_KEY_SHA256 = get("server.pem", "sha256$pub$");
    static final String SELF_SIGNED_SHA256 = get("self-signed.pem", "sha256$");
    static final String SELF_SIGNED_PUBLIC_KEY_SHA256 = get("self-signed.pem", "sha256$pub$");

    private ExpectedFingerprints() {
    }

    private static Map<String, String> load() {
        Map<String, String> values = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(Fixtures.cert("fingerprints.txt"))) {
                String[] parts = line.split(" ");
                values.put(parts[0] + " " + parts[1].substring(0, parts[1].lastIndexOf('$') + 1), parts[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static String get(String file, String prefix) {
        String value = VALUES.get(file + " " + prefix);
        if (value == null) {
            throw new IllegalStateException("no " + prefix + " fingerprint of " + file + " in fingerprints.txt");
        }
        return value;
    }
}
