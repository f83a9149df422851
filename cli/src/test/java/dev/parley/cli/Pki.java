package dev.parley.cli;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.builder.CertificateBuilder;
import dev.parley.x509.builder.PemFiles;
import dev.parley.x509.key.CertifiedKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CA and a localhost server certificate (SAN localhost, 127.0.0.1) in PEM files, made with the
 * x509 builder directly (not with {@code parley cert}, which has tests of its own), once per JVM.
 */
final class Pki {

    static final CryptoProvider CRYPTO = new BouncyCastleCryptoProvider();
    private static Pki instance;

    final Path dir;
    final CertifiedKey ca;
    final CertifiedKey server;
    final CertifiedKey client;
    final CertifiedKey otherCa;

    private Pki() throws IOException {
        dir = Files.createTempDirectory("parley-cli-test");
        dir.toFile().deleteOnExit();
        ca = CertificateBuilder.ca("CN=CLI Test CA").selfSigned(CRYPTO);
        server = CertificateBuilder.leaf("CN=localhost").dnsNames("localhost").ipAddresses("127.0.0.1").signedBy(ca, CRYPTO);
        client = CertificateBuilder.leaf("CN=CLI Test Client").dnsNames("client.test").signedBy(ca, CRYPTO);
        otherCa = CertificateBuilder.ca("CN=Some Other CA").selfSigned(CRYPTO);
        PemFiles.write(ca, file("ca.pem"), file("ca.key"));
        PemFiles.write(server, file("server.pem"), file("server.key"));
        PemFiles.write(client, file("client.pem"), file("client.key"));
        PemFiles.write(otherCa, file("other-ca.pem"), file("other-ca.key"));
    }

    static synchronized Pki get() {
        if (instance == null) {
            try {
                instance = new Pki();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    String path(String name) {
        return file(name).toString();
    }
}
