package dev.parley.bench;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.Certificate;
import dev.parley.x509.builder.CertificateBuilder;
import dev.parley.x509.builder.KeySpec;
import dev.parley.x509.key.CertifiedKey;
import dev.parley.x509.key.PrivateKeys;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;

/**
 * The one certificate every stack in {@link HandshakeBenchmark} authenticates with: an ECDSA P-256
 * leaf for {@link #SERVER_NAME}, signed (ecdsa-with-SHA256) by an ECDSA P-256 root that each
 * client trusts. Both are made with Parley's own builder; the JSSE stacks and bctls load the same
 * DER bytes and PKCS#8 key through their own APIs. The server sends the leaf alone, so validating
 * it takes exactly one signature verification (the leaf's, by the root's key).
 */
final class HandshakePki {

    static final String SERVER_NAME = "server.bench";
    static final char[] PASSWORD = "bench".toCharArray();

    final CertifiedKey root;
    final CertifiedKey server;

    HandshakePki(CryptoProvider crypto) {
        this.root = CertificateBuilder.ca("CN=Parley Bench Root").keySpec(KeySpec.EC_P256).selfSigned(crypto);
        this.server = CertificateBuilder.leaf("CN=" + SERVER_NAME).dnsNames(SERVER_NAME)
                .keySpec(KeySpec.EC_P256).signedBy(root, crypto);
    }

    HandshakePki() {
        this(new BouncyCastleCryptoProvider());
    }

    /** The leaf, the one certificate the server sends. */
    Certificate leaf() {
        return server.certificate();
    }

    /** The server's key as PKCS#8 DER. */
    byte[] serverKeyPkcs8() {
        return PrivateKeys.toPkcs8(server.privateKey());
    }

    /** The server's leaf and key as a PKCS#12 key store in memory, for a JSSE key manager. */
    KeyStore serverKeyStore() throws GeneralSecurityException, java.io.IOException {
        PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(serverKeyPkcs8()));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", key, PASSWORD, new java.security.cert.Certificate[] {jdkCertificate(leaf())});
        return store;
    }

    /** The root as the only trusted certificate, for a JSSE trust manager. */
    KeyStore trustStore() throws GeneralSecurityException, java.io.IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("root", jdkCertificate(root.certificate()));
        return store;
    }

    /** The leaf first: what Parley's server sends. */
    List<Certificate> serverChain() {
        return List.of(leaf());
    }

    static X509Certificate jdkCertificate(Certificate certificate) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate.encoded().toByteArray()));
    }
}
