package dev.parley.x509.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.crl.CertificateList;
import dev.parley.x509.pem.Pem;
import dev.parley.x509.trust.TrustStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenSSL test chains of {@code src/test/resources/dev/parley/x509/path} (see its README.md),
 * and short ways to validate them at the tests' validation time, 2030-01-01.
 */
final class Chains {

    /** The validation time every test chain is made for. */
    static final Instant AT = Instant.parse("2030-01-01T00:00:00Z");
    static final CryptoProvider CRYPTO = new BouncyCastleCryptoProvider();
    static final PathValidator VALIDATOR = new PathValidator(CRYPTO);

    private static final String FOLDER = "/dev/parley/x509/path/";
    private static final Map<String, Certificate> CERTIFICATES = new HashMap<>();

    private Chains() {
    }

    /** The certificate of test file {@code name}.pem. */
    static synchronized Certificate cert(String name) {
        return CERTIFICATES.computeIfAbsent(name, n -> {
            try {
                List<Certificate> certificates = Pem.certificates(text(n + ".pem"));
                assertEquals(1, certificates.size(), n);
                return certificates.get(0);
            } catch (X509Exception e) {
                throw new IllegalStateException(n + ": " + e.getMessage(), e);
            }
        });
    }

    static List<Certificate> certs(String... names) {
        return Arrays.stream(names).map(Chains::cert).toList();
    }

    /** The CRL of test file {@code name}.crl. */
    static CertificateList crl(String name) {
        try {
            return CertificateList.readAll(bytes(name + ".crl")).get(0);
        } catch (X509Exception e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    static TrustStore trust(String... names) {
        return TrustStore.of(certs(names));
    }

    /** Parameters at the tests' validation time, otherwise the defaults. */
    static ValidationParameters.Builder at() {
        return ValidationParameters.builder().time(AT);
    }

    /** Validates leaf {@code leaf} through {@code intermediates} to the anchors {@code anchors}, with the defaults. */
    static ValidatedPath validate(String leaf, List<String> intermediates, List<String> anchors) throws PathValidationException {
        return validate(leaf, intermediates, anchors, at().build());
    }

    static ValidatedPath validate(String leaf, List<String> intermediates, List<String> anchors, ValidationParameters parameters)
            throws PathValidationException {
        return VALIDATOR.validate(cert(leaf), certs(intermediates.toArray(String[]::new)),
                trust(anchors.toArray(String[]::new)), parameters);
    }

    /** A validation step that may fail. */
    @FunctionalInterface
    interface Validation {
        Object run() throws PathValidationException;
    }

    /** Asserts that {@code validation} fails with {@code reason}, concerning test certificate {@code concerning}. */
    static PathValidationException assertRejects(PathFailure reason, String concerning, Validation validation) {
        try {
            Object path = validation.run();
            return fail("expected " + reason + " but validated " + path);
        } catch (PathValidationException e) {
            assertEquals(reason, e.reason(), () -> "wrong reason: " + e.getMessage());
            assertEquals(cert(concerning), e.certificate(), () -> "concerns the wrong certificate: " + e.getMessage());
            return e;
        }
    }

    static byte[] bytes(String name) {
        try (InputStream in = Chains.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.US_ASCII);
    }
}
