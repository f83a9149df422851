package dev.parley.bench;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.path.PathValidationException;
import dev.parley.x509.path.PathValidator;
import dev.parley.x509.path.ValidatedPath;
import dev.parley.x509.path.ValidationParameters;
import dev.parley.x509.pem.Pem;
import dev.parley.x509.trust.TrustStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What validating a server's chain costs, next to what its signatures alone cost: a 3-certificate
 * ECDSA P-256 chain (root, intermediate, leaf, from x509's path test data) is parsed from DER and
 * validated against a trust store holding the root, which takes two signature verifications (the
 * root's own signature is not checked). {@link #signaturesOnly} makes those two verifications
 * through the same provider, verifier creation included, as the validator does. The ratio of the
 * two throughputs is what path building and the RFC 5280 checks add.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ChainValidationBenchmark {

    /** x509/src/test/resources/dev/parley/x509/path/root.pem. */
    private static final String ROOT =
            "-----BEGIN CERTIFICATE-----\n" +
            "MIIBsDCCAVagAwIBAgICEAAwCgYIKoZIzj0EAwIwPjELMAkGA1UEBhMCVVMxFDAS\n" +
            "BgNVBAoMC1BhcmxleSBUZXN0MRkwFwYDVQQDDBBQYXJsZXkgUGF0aCBSb290MCAX\n" +
            "DTI1MDEwMTAwMDAwMFoYDzIxMjUwMTAxMDAwMDAwWjA+MQswCQYDVQQGEwJVUzEU\n" +
            "MBIGA1UECgwLUGFybGV5IFRlc3QxGTAXBgNVBAMMEFBhcmxleSBQYXRoIFJvb3Qw\n" +
            "WTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAATLuwBZbCcJvf8h2h5aJUq2qW988OYO\n" +
            "om8q6hLrA1bYhb8dMbayJJg8MIKLF+/tnUKCZh6pj+V1MGNOsBwr8x0Bo0IwQDAP\n" +
            "BgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIBBjAdBgNVHQ4EFgQUe+0QfL6E\n" +
            "gjrw1jNpBzWHuY9a/pIwCgYIKoZIzj0EAwIDSAAwRQIgeP0gV2hjy8k7gQ0l1o+r\n" +
            "n06ITnWl3UfXqgpj81k+1Q8CIQDeSLlIPb1NPkiJxln5maSuKjTVKYiPrIeA67+Z\n" +
            "YJIUjA==\n" +
            "-----END CERTIFICATE-----\n";
    /** x509/src/test/resources/dev/parley/x509/path/ica.pem. */
    private static final String INTERMEDIATE =
            "-----BEGIN CERTIFICATE-----\n" +
            "MIIB2jCCAX+gAwIBAgICEAEwCgYIKoZIzj0EAwIwPjELMAkGA1UEBhMCVVMxFDAS\n" +
            "BgNVBAoMC1BhcmxleSBUZXN0MRkwFwYDVQQDDBBQYXJsZXkgUGF0aCBSb290MCAX\n" +
            "DTI1MDEwMTAwMDAwMFoYDzIxMjUwMTAxMDAwMDAwWjBGMQswCQYDVQQGEwJVUzEU\n" +
            "MBIGA1UECgwLUGFybGV5IFRlc3QxITAfBgNVBAMMGFBhcmxleSBQYXRoIEludGVy\n" +
            "bWVkaWF0ZTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABNLam/iocPPry5fmOPMR\n" +
            "4Idm2d29RSRTi7SiqjNYs3XzKA/hJB9uPTY9KKzU/CE8K6WHEygkoroEURXG7ug4\n" +
            "jNOjYzBhMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMB0GA1UdDgQW\n" +
            "BBSctbPJfmq8NPvEhB3ZMctZUPAlCTAfBgNVHSMEGDAWgBR77RB8voSCOvDWM2kH\n" +
            "NYe5j1r+kjAKBggqhkjOPQQDAgNJADBGAiEAoEVatJDAV7iM8x63Mgw/Zo6XJHQ9\n" +
            "o+m+eOdN+aukh5oCIQCWgRLZRtK0+lGn8FqDVxK20oJg6BBh6YqpIftmcNrE9A==\n" +
            "-----END CERTIFICATE-----\n";
    /** x509/src/test/resources/dev/parley/x509/path/leaf.pem. */
    private static final String LEAF =
            "-----BEGIN CERTIFICATE-----\n" +
            "MIICEjCCAbigAwIBAgICEAAwCgYIKoZIzj0EAwIwRjELMAkGA1UEBhMCVVMxFDAS\n" +
            "BgNVBAoMC1BhcmxleSBUZXN0MSEwHwYDVQQDDBhQYXJsZXkgUGF0aCBJbnRlcm1l\n" +
            "ZGlhdGUwIBcNMjUwMTAxMDAwMDAwWhgPMjEyNTAxMDEwMDAwMDBaMD0xCzAJBgNV\n" +
            "BAYTAlVTMRQwEgYDVQQKDAtQYXJsZXkgVGVzdDEYMBYGA1UEAwwPd3d3LmV4YW1w\n" +
            "bGUuY29tMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEch+xLmh/5DGUbnB1UttD\n" +
            "u18aWNXI1S8p1rsOMHbiAx5vMI3yDRnNzWjKPx9311keBubO7GMmRKXrT4qnDB/T\n" +
            "uaOBnDCBmTAMBgNVHRMBAf8EAjAAMA4GA1UdDwEB/wQEAwIHgDAdBgNVHSUEFjAU\n" +
            "BggrBgEFBQcDAQYIKwYBBQUHAwIwGgYDVR0RBBMwEYIPd3d3LmV4YW1wbGUuY29t\n" +
            "MB0GA1UdDgQWBBQc15xJ5IUH1SFfM9tmP63qJpT+ZDAfBgNVHSMEGDAWgBSctbPJ\n" +
            "fmq8NPvEhB3ZMctZUPAlCTAKBggqhkjOPQQDAgNIADBFAiBY64C7ExoEcfX1G23d\n" +
            "SJqr4W0qWFGONHmJNGNHR/GdbwIhAPMEqsjpBtStCuwVJaaPxcTvpprk1pXaszgg\n" +
            "k5Q/MiV6\n" +
            "-----END CERTIFICATE-----\n";

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();
    private final PathValidator validator = new PathValidator(crypto);
    private final ValidationParameters parameters =
            ValidationParameters.builder().time(Instant.parse("2030-01-01T00:00:00Z")).build();

    private TrustStore trust;
    private byte[] leafDer;
    private byte[] intermediateDer;
    private Certificate root;
    private Certificate intermediate;
    private Certificate leaf;

    @Setup
    public void setUp() throws X509Exception, PathValidationException {
        root = Pem.certificates(ROOT).get(0);
        intermediate = Pem.certificates(INTERMEDIATE).get(0);
        leaf = Pem.certificates(LEAF).get(0);
        trust = TrustStore.of(List.of(root));
        leafDer = leaf.encoded().toByteArray();
        intermediateDer = intermediate.encoded().toByteArray();
        validator.validate(leaf, List.of(intermediate), trust, parameters);
    }

    /** The chain as a TLS Certificate message brings it: parsed from DER, then validated. */
    @Benchmark
    public ValidatedPath parseAndValidate() throws X509Exception, PathValidationException {
        Certificate parsedLeaf = Certificate.parse(leafDer);
        Certificate parsedIntermediate = Certificate.parse(intermediateDer);
        return validator.validate(parsedLeaf, List.of(parsedIntermediate), trust, parameters);
    }

    /** Validation alone, of certificates parsed once. */
    @Benchmark
    public ValidatedPath validateParsed() throws PathValidationException {
        return validator.validate(leaf, List.of(intermediate), trust, parameters);
    }

    /** The two signature verifications the validation needs, and nothing else. */
    @Benchmark
    public boolean signaturesOnly() throws CryptoException {
        boolean leafSigned = crypto.verifier(SignatureAlgorithm.ECDSA_SHA256, intermediate.publicKey().orElseThrow())
                .verify(leaf.tbsCertificate().toByteArray(), leaf.signatureValue().bytes().toByteArray());
        boolean intermediateSigned = crypto.verifier(SignatureAlgorithm.ECDSA_SHA256, root.publicKey().orElseThrow())
                .verify(intermediate.tbsCertificate().toByteArray(), intermediate.signatureValue().bytes().toByteArray());
        return leafSigned && intermediateSigned;
    }
}
