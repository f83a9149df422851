package dev.parley.x509.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads the openssl-made certificates under {@code certs/}: the DER of a PEM file, the
 * subjectPublicKey bits that {@code generate.sh} extracted with openssl, and the fingerprints it
 * computed. Certificate parsing proper belongs to the x509 package; here only the PEM armour is
 * removed.
 */
final class TestCertificates {

    /** One line of {@code certs/fingerprints.txt}: a certificate and one fingerprint of it. */
    record KnownFingerprint(String file, String text) {
    }

    private TestCertificates() {
    }

    static byte[] der(String pemFile) throws IOException {
        String pem = read("certs/" + pemFile);
        String body = pem.substring(pem.indexOf("-----BEGIN CERTIFICATE-----") + 27, pem.indexOf("-----END"));
        return Base64.getMimeDecoder().decode(body);
    }

    static byte[] subjectPublicKey(String pemFile) throws IOException {
        String name = pemFile.replace(".pem", ".subject-public-key.b64");
        return Base64.getDecoder().decode(read("certs/" + name).strip());
    }

    static List<KnownFingerprint> knownFingerprints() throws IOException {
        List<KnownFingerprint> known = new ArrayList<>();
        for (String line : read("certs/fingerprints.txt").split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.strip().split(" ");
                known.add(new KnownFingerprint(parts[0], parts[1]));
            }
        }
        return known;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = TestCertificates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
