package dev.parley.bench;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.EcPrivateKey;
import dev.parley.crypto.KeyAgreement;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.KeyShare;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import dev.parley.crypto.Signer;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The public-key operations of a TLS 1.3 handshake through Parley's provider: ECDSA P-256 sign and
 * verify (CertificateVerify), and one X25519 or P-256 agreement (key_share). P-256 verification
 * should run in the thousands per second, which only Bouncy Castle's custom curve arithmetic gives.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureBenchmark {

    private final byte[] message = "TLS 1.3, server CertificateVerify".getBytes(StandardCharsets.US_ASCII);

    private Signer p256Signer;
    private SignatureVerifier p256Verifier;
    private byte[] p256Signature;
    private KeyAgreement x25519;
    private byte[] x25519Peer;
    private KeyAgreement p256;
    private byte[] p256Peer;

    @Setup
    public void setUp() throws CryptoException {
        CryptoProvider provider = new BouncyCastleCryptoProvider();
        EcPrivateKey key = provider.generateEcKey(NamedCurve.SECP256R1);
        p256Signer = provider.signer(SignatureAlgorithm.ECDSA_SHA256, key);
        p256Verifier = provider.verifier(SignatureAlgorithm.ECDSA_SHA256, provider.publicKeyOf(key));
        p256Signature = p256Signer.sign(message);
        x25519 = provider.keyAgreement(KeyAgreementAlgorithm.X25519);
        x25519Peer = x25519.generate().publicShare();
        p256 = provider.keyAgreement(KeyAgreementAlgorithm.SECP256R1);
        p256Peer = p256.generate().publicShare();
    }

    @Benchmark
    public byte[] ecdsaP256Sign() {
        return p256Signer.sign(message);
    }

    @Benchmark
    public boolean ecdsaP256Verify() {
        return p256Verifier.verify(message, p256Signature);
    }

    /** A whole ephemeral exchange on one side: generate a share, then agree with the peer's. */
    @Benchmark
    public byte[] x25519Agreement() throws CryptoException {
        KeyShare share = x25519.generate();
        return share.agree(x25519Peer);
    }

    /** The same for P-256: generate (fixed-base comb), then validate the peer point and multiply. */
    @Benchmark
    public byte[] ecdhP256Agreement() throws CryptoException {
        KeyShare share = p256.generate();
        return share.agree(p256Peer);
    }
}
