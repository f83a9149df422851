package dev.parley.bench;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.sec.SECNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Raw Bouncy Castle P-256 ECDSA verification on the generic {@code ECCurve.Fp} arithmetic versus
 * the specialised {@code SecP256R1Curve}: the gap Parley's provider must stay on the fast side of.
 * Run it next to {@link SignatureBenchmark} so that the ratio survives a loaded machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EcdsaCurveBaselineBenchmark {

    @Param({"generic", "custom"})
    public String arithmetic;

    private final byte[] hash = new byte[32];
    private ECDSASigner verifier;
    private BigInteger r;
    private BigInteger s;

    @Setup
    public void setUp() {
        X9ECParameters x9 = arithmetic.equals("generic")
                ? SECNamedCurves.getByName("secp256r1") : CustomNamedCurves.getByName("secp256r1");
        ECDomainParameters domain = new ECDomainParameters(x9);
        BigInteger d = new BigInteger(255, new SecureRandom()).add(BigInteger.ONE);
        ECDSASigner signer = new ECDSASigner();
        signer.init(true, new ECPrivateKeyParameters(d, domain));
        BigInteger[] rs = signer.generateSignature(hash);
        r = rs[0];
        s = rs[1];
        verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(domain.getG().multiply(d).normalize(), domain));
    }

    @Benchmark
    public boolean verify() {
        return verifier.verifySignature(hash, r, s);
    }
}
