package dev.parley.bench;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Vector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.BasicTlsPSKExternal;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateEntry;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.PskIdentity;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.SignatureScheme;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsPSKExternal;
import org.bouncycastle.tls.TlsProtocol;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsServerProtocol;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * Bouncy Castle's own low-level TLS 1.3 for {@link HandshakeBenchmark}: {@link TlsClientProtocol}
 * and {@link TlsServerProtocol} in non-blocking mode (offerInput / readOutput) over the lightweight
 * {@link BcTlsCrypto}, with the P-256 certificate of {@link HandshakePki},
 * TLS_AES_128_GCM_SHA256 and X25519.
 *
 * <p>bctls leaves the server's chain to the application; this client does the least a real one
 * must: it checks the leaf's signature with the trusted root's key (one ECDSA verification, as
 * Parley's path validator does for a leaf-and-root chain). Names and dates are not checked.
 *
 * <p>bctls 1.80 does not resume TLS 1.3 sessions with tickets; {@link #pskHandshake} is its
 * nearest equivalent, an external PSK with psk_dhe_ke: the same binder, key schedule and X25519
 * exchange as a resumption, without the ticket.
 */
final class BctlsPeers {

    private static final byte[] PSK_IDENTITY = "bench".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final BcTlsCrypto crypto = new BcTlsCrypto(new SecureRandom());
    private final Certificate serverCertificate;
    private final ECPrivateKeyParameters serverKey;
    private final ECPublicKeyParameters rootKey;
    private final byte[] psk = new byte[32];
    private final byte[] buffer = new byte[64 * 1024];

    BctlsPeers(HandshakePki pki) throws IOException {
        ECNamedDomainParameters p256 = new ECNamedDomainParameters(SECObjectIdentifiers.secp256r1,
                CustomNamedCurves.getByName("secp256r1"));
        this.serverCertificate = new Certificate(new byte[0], new CertificateEntry[] {
            new CertificateEntry(crypto.createCertificate(pki.leaf().encoded().toByteArray()), null)});
        this.serverKey = new ECPrivateKeyParameters(((dev.parley.crypto.EcPrivateKey) pki.server.privateKey()).scalar(),
                p256);
        this.rootKey = new ECPublicKeyParameters(p256.getCurve().decodePoint(
                pki.root.certificate().subjectPublicKeyInfo().subjectPublicKey().bytes().toByteArray()), p256);
        crypto.getSecureRandom().nextBytes(psk);
    }

    /** A full handshake; returns the bytes the server sent. */
    int fullHandshake() throws IOException {
        return handshake(new Client(false), new Server());
    }

    /** A handshake on an external PSK with psk_dhe_ke; returns the bytes the server sent. */
    int pskHandshake() throws IOException {
        return handshake(new Client(true), new Server());
    }

    private int handshake(Client tlsClient, Server tlsServer) throws IOException {
        TlsClientProtocol client = new TlsClientProtocol();
        TlsServerProtocol server = new TlsServerProtocol();
        client.connect(tlsClient);
        server.accept(tlsServer);
        int fromServer = 0;
        for (int round = 0; client.isHandshaking() || server.isHandshaking(); round++) {
            move(client, server);
            fromServer += move(server, client);
            if (round > 100) {
                throw new IllegalStateException("bctls handshake stalled");
            }
        }
        return fromServer;
    }

    private int move(TlsProtocol from, TlsProtocol to) throws IOException {
        int moved = 0;
        int available;
        while ((available = from.getAvailableOutputBytes()) > 0) {
            int n = from.readOutput(buffer, 0, Math.min(available, buffer.length));
            to.offerInput(buffer, 0, n);
            moved += n;
        }
        return moved;
    }

    private final class Client extends DefaultTlsClient {
        private final boolean withPsk;

        Client(boolean withPsk) {
            super(crypto);
            this.withPsk = withPsk;
        }

        @Override
        protected ProtocolVersion[] getSupportedVersions() {
            return ProtocolVersion.TLSv13.only();
        }

        @Override
        protected int[] getSupportedCipherSuites() {
            return new int[] {CipherSuite.TLS_AES_128_GCM_SHA256};
        }

        @Override
        protected Vector<Integer> getSupportedGroups(@SuppressWarnings("rawtypes") Vector namedGroupRoles) {
            Vector<Integer> groups = new Vector<>();
            groups.add(NamedGroup.x25519);
            return groups;
        }

        @Override
        public Vector<TlsPSKExternal> getExternalPSKs() {
            if (!withPsk) {
                return null;
            }
            Vector<TlsPSKExternal> psks = new Vector<>();
            psks.add(new BasicTlsPSKExternal(PSK_IDENTITY, crypto.createSecret(psk)));
            return psks;
        }

        @Override
        public TlsAuthentication getAuthentication() {
            return new TlsAuthentication() {
                @Override
                public void notifyServerCertificate(TlsServerCertificate chain) throws IOException {
                    checkSignedByRoot(chain.getCertificate().getCertificateAt(0).getEncoded());
                }

                @Override
                public TlsCredentials getClientCredentials(CertificateRequest request) {
                    return null;
                }
            };
        }
    }

    /** One ECDSA P-256 / SHA-256 verification of the leaf's signature with the root's key. */
    private void checkSignedByRoot(byte[] leaf) throws IOException {
        org.bouncycastle.asn1.x509.Certificate parsed = org.bouncycastle.asn1.x509.Certificate.getInstance(leaf);
        byte[] tbs = parsed.getTBSCertificate().getEncoded("DER");
        SHA256Digest sha256 = new SHA256Digest();
        sha256.update(tbs, 0, tbs.length);
        byte[] hash = new byte[32];
        sha256.doFinal(hash, 0);
        ASN1Sequence rs = ASN1Sequence.getInstance(parsed.getSignature().getOctets());
        BigInteger r = ASN1Integer.getInstance(rs.getObjectAt(0)).getValue();
        BigInteger s = ASN1Integer.getInstance(rs.getObjectAt(1)).getValue();
        ECDSASigner ecdsa = new ECDSASigner();
        ecdsa.init(false, rootKey);
        if (!ecdsa.verifySignature(hash, r, s)) {
            throw new TlsFatalAlert(AlertDescription.bad_certificate);
        }
    }

    private final class Server extends DefaultTlsServer {
        Server() {
            super(crypto);
        }

        @Override
        protected ProtocolVersion[] getSupportedVersions() {
            return ProtocolVersion.TLSv13.only();
        }

        @Override
        protected int[] getSupportedCipherSuites() {
            return new int[] {CipherSuite.TLS_AES_128_GCM_SHA256};
        }

        @Override
        public TlsCredentials getCredentials() {
            return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, serverKey,
                    serverCertificate, SignatureAndHashAlgorithm.getInstance(
                            SignatureScheme.getHashAlgorithm(SignatureScheme.ecdsa_secp256r1_sha256),
                            SignatureScheme.getSignatureAlgorithm(SignatureScheme.ecdsa_secp256r1_sha256)));
        }

        @Override
        public TlsPSKExternal getExternalPSK(@SuppressWarnings("rawtypes") Vector identities) {
            for (Object offered : identities) {
                if (java.util.Arrays.equals(((PskIdentity) offered).getIdentity(), PSK_IDENTITY)) {
                    return new BasicTlsPSKExternal(PSK_IDENTITY, crypto.createSecret(psk));
                }
            }
            return null;
        }
    }
}
