package dev.parley.interop;

import dev.parley.TlsConfig;
import dev.parley.TlsConfigBuilder;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.Certificate;
import dev.parley.x509.Oids;
import dev.parley.x509.builder.CertificateBuilder;
import dev.parley.x509.builder.KeySpec;
import dev.parley.x509.builder.PemFiles;
import dev.parley.x509.key.CertifiedKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The certificates every interop test uses, made once per test run with Parley's own certificate
 * builder and written as PEM files into a temporary directory for the peer programs: a root CA, an
 * intermediate CA, and under it a server leaf for {@code localhost} and {@code 127.0.0.1} of each
 * key type, a leaf for a second name ({@value #OTHER_NAME}, for SNI) and client leaves. Peers get
 * the leaf and the intermediate separately (OpenSSL's {@code -cert}/{@code -cert_chain}) or together
 * (GnuTLS, Parley); everyone trusts {@link #rootFile()}.
 */
final class InteropPki {

    /** The name every server leaf carries (with the address 127.0.0.1). */
    static final String SERVER_NAME = "localhost";
    /** The name of the second server certificate, chosen by SNI. */
    static final String OTHER_NAME = "other.example";
    /** The subject of the client certificates. */
    static final String CLIENT_SUBJECT = "CN=Parley Interop Client";

    /** The kinds of server key the matrix covers. */
    enum KeyType {
        RSA(KeySpec.RSA_2048), ECDSA_P256(KeySpec.EC_P256), ECDSA_P384(KeySpec.EC_P384), ED25519(KeySpec.ED25519);

        final KeySpec spec;

        KeyType(KeySpec spec) {
            this.spec = spec;
        }
    }

    /**
     * One certificate with its key, in memory and on disk.
     *
     * @param chain leaf first, then the intermediate (not the root)
     * @param leafFile the leaf alone (PEM)
     * @param chainFile the intermediate alone (PEM), for OpenSSL's {@code -cert_chain}
     * @param fullChainFile leaf and intermediate (PEM)
     * @param keyFile the private key (PKCS #8 PEM)
     */
    record Credential(List<Certificate> chain, PrivateKey key, Path leafFile, Path chainFile, Path fullChainFile,
                      Path keyFile) {
    }

    private static final CryptoProvider CRYPTO = new BouncyCastleCryptoProvider();
    private static InteropPki instance;

    private final Path directory;
    private final Path rootFile;
    private final CertifiedKey intermediate;
    private final Map<KeyType, Credential> servers = new EnumMap<>(KeyType.class);
    private final Map<KeyType, Credential> clients = new EnumMap<>(KeyType.class);
    private final Credential other;

    private InteropPki() throws IOException {
        // Under target/ when Maven runs the tests (so `mvn clean` removes the keys), else in the temp directory.
        Path base = Path.of(System.getProperty("parley.interop.work", System.getProperty("java.io.tmpdir")));
        directory = Files.createTempDirectory(Files.createDirectories(base), "pki-");
        CertifiedKey root = CertificateBuilder.ca("CN=Parley Interop Root").validFor(Duration.ofDays(2))
                .selfSigned(CRYPTO);
        rootFile = write("root.pem", PemFiles.certificates(List.of(root.certificate())));
        intermediate = CertificateBuilder.intermediate("CN=Parley Interop Intermediate").validFor(Duration.ofDays(2))
                .signedBy(root, CRYPTO);
        for (KeyType type : KeyType.values()) {
            servers.put(type, save("server-" + type, CertificateBuilder.leaf("CN=" + SERVER_NAME)
                    .dnsNames(SERVER_NAME).ipAddresses("127.0.0.1").extendedKeyUsage(Oids.KP_SERVER_AUTH)
                    .keySpec(type.spec).validFor(Duration.ofDays(1)).signedBy(intermediate, CRYPTO)));
        }
        for (KeyType type : List.of(KeyType.ECDSA_P256, KeyType.RSA)) {
            clients.put(type, save("client-" + type, CertificateBuilder.leaf(CLIENT_SUBJECT)
                    .extendedKeyUsage(Oids.KP_CLIENT_AUTH).keySpec(type.spec).validFor(Duration.ofDays(1))
                    .signedBy(intermediate, CRYPTO)));
        }
        other = save("other", CertificateBuilder.leaf("CN=" + OTHER_NAME).dnsNames(OTHER_NAME)
                .extendedKeyUsage(Oids.KP_SERVER_AUTH).validFor(Duration.ofDays(1)).signedBy(intermediate, CRYPTO));
    }

    /** The PKI of this test run, made on first use. */
    static synchronized InteropPki get() {
        if (instance == null) {
            try {
                instance = new InteropPki();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The directory holding every file (peers run in it). */
    Path directory() {
        return directory;
    }

    /** The root CA every peer trusts. */
    Path rootFile() {
        return rootFile;
    }

    /** The server certificate for localhost of {@code type}. */
    Credential server(KeyType type) {
        return servers.get(type);
    }

    /** The client certificate of {@code type} (ECDSA P-256 or RSA). */
    Credential client(KeyType type) {
        Credential credential = clients.get(type);
        if (credential == null) {
            throw new IllegalArgumentException("no client certificate of type " + type);
        }
        return credential;
    }

    /** The server certificate for {@value #OTHER_NAME}. */
    Credential other() {
        return other;
    }

    /** A Parley client builder that trusts the root and checks the name localhost. */
    TlsConfigBuilder parleyClient() {
        return TlsConfig.client().caFile(rootFile).hostname(SERVER_NAME);
    }

    /** A Parley server builder with the localhost certificate of {@code type}. */
    TlsConfigBuilder parleyServer(KeyType type) {
        Credential credential = server(type);
        return TlsConfig.server().certificate(credential.chain(), credential.key());
    }

    private Credential save(String name, CertifiedKey made) throws IOException {
        List<Certificate> chain = made.chain().subList(0, 2);
        Path leaf = write(name + ".pem", PemFiles.certificates(chain.subList(0, 1)));
        Path chainFile = write(name + "-ca.pem", PemFiles.certificates(chain.subList(1, 2)));
        Path full = write(name + "-chain.pem", PemFiles.certificates(chain));
        Path key = directory.resolve(name + ".key");
        PemFiles.writeSecret(key, PemFiles.privateKey(made.privateKey(), made.certificate().publicKey()));
        return new Credential(chain, made.privateKey(), leaf, chainFile, full, key);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.US_ASCII);
    }
}
