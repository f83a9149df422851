package dev.parley.interop;

import dev.parley.interop.InteropPki.Credential;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * The JDK's own TLS (JSSE) as an in-process peer, set up from the interop PKI's PEM files: the
 * credential's chain and key go into an in-memory key store, the root into the trust store.
 * JSSE verifies Parley's chain and (as a client) the name localhost, exactly as an application
 * would. Tests only: no main code uses JSSE.
 */
final class JssePeer {

    private static final char[] PASSWORD = "interop".toCharArray();

    private JssePeer() {
    }

    /** A TLS 1.3 context with {@code credential} as its own certificate (if any), trusting the test root. */
    static SSLContext context(Optional<Credential> credential) throws IOException, GeneralSecurityException {
        KeyManagerFactory keys = null;
        if (credential.isPresent()) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            List<Certificate> chain = certificates(credential.get());
            store.setKeyEntry("key", privateKey(credential.get(), chain.get(0)), PASSWORD, chain.toArray(Certificate[]::new));
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD);
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(InteropPki.get().rootFile())) {
            trust.setCertificateEntry("root", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trusted = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trusted.init(trust);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(keys == null ? null : keys.getKeyManagers(), trusted.getTrustManagers(), null);
        return context;
    }

    /** A JSSE TLS 1.3 server on a free loopback port with {@code credential}; {@code needClientAuth} asks for a client certificate. */
    static SSLServerSocket server(Credential credential, boolean needClientAuth) throws IOException, GeneralSecurityException {
        SSLServerSocket server = (SSLServerSocket) context(Optional.of(credential)).getServerSocketFactory()
                .createServerSocket(0, 5, InetAddress.getLoopbackAddress());
        server.setEnabledProtocols(new String[] {"TLSv1.3"});
        server.setNeedClientAuth(needClientAuth);
        server.setSoTimeout((int) PeerProcess.PATIENCE.toMillis());
        return server;
    }

    /**
     * A JSSE TLS 1.3 client to 127.0.0.1:{@code port} offering only {@code suite}, sending SNI
     * localhost and checking that name (HTTPS rules); not yet handshaken.
     */
    static SSLSocket client(int port, String suite, Optional<Credential> credential)
            throws IOException, GeneralSecurityException {
        SSLSocket socket = (SSLSocket) context(credential).getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), port);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3"});
        parameters.setCipherSuites(new String[] {suite});
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        parameters.setServerNames(List.of(new SNIHostName(InteropPki.SERVER_NAME)));
        socket.setSSLParameters(parameters);
        socket.setSoTimeout((int) PeerProcess.PATIENCE.toMillis());
        return socket;
    }

    private static List<Certificate> certificates(Credential credential) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(credential.fullChainFile())) {
            return List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
        }
    }

    private static PrivateKey privateKey(Credential credential, Certificate leaf) throws IOException, GeneralSecurityException {
        String pem = Files.readString(credential.keyFile(), StandardCharsets.US_ASCII);
        String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        String algorithm = ((X509Certificate) leaf).getPublicKey().getAlgorithm();
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }
}
