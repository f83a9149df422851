package dev.parley;

import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * The JDK's own TLS (JSSE) as a peer for the adapter tests, set up from the same test certificates:
 * a server with {@code server.p12}, a client that trusts {@code root.pem}. Tests only; no main code
 * uses JSSE.
 */
final class JssePeers {

    private static final char[] PASSWORD = "secret".toCharArray();

    private JssePeers() {
    }

    /** A TLS 1.3 context holding the key of {@code keyStore} (a .p12 of certs/, or null for none), trusting the test root. */
    static SSLContext context(String keyStore) throws Exception {
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        KeyManagerFactory keys = null;
        if (keyStore != null) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(Fixtures.cert(keyStore))) {
                store.load(in, PASSWORD);
            }
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD);
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(Fixtures.cert("root.pem"))) {
            trust.setCertificateEntry("root", (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(in));
        }
        TrustManagerFactory trusted = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trusted.init(trust);
        context.init(keys == null ? null : keys.getKeyManagers(), trusted.getTrustManagers(), null);
        return context;
    }

    /** A JSSE TLS 1.3 server socket with the key of {@code keyStore} on a free loopback port. */
    static SSLServerSocket server(String keyStore, String... alpn) throws Exception {
        SSLServerSocket server = (SSLServerSocket) context(keyStore).getServerSocketFactory()
                .createServerSocket(0, 5, InetAddress.getLoopbackAddress());
        server.setEnabledProtocols(new String[] {"TLSv1.3"});
        if (alpn.length > 0) {
            javax.net.ssl.SSLParameters parameters = server.getSSLParameters();
            parameters.setApplicationProtocols(alpn);
            server.setSSLParameters(parameters);
        }
        return server;
    }
}
