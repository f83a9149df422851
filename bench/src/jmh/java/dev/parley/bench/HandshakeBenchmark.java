package dev.parley.bench;

import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.record.TlsException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Whole TLS 1.3 handshakes, client and server in one thread in memory, for Parley and three
 * other stacks side by side: the JDK's SSLEngine (SunJSSE), BC-JSSE through SSLEngine, and
 * Bouncy Castle's low-level TlsClientProtocol / TlsServerProtocol on BcTlsCrypto. Every stack uses
 * the same ECDSA P-256 certificate ({@link HandshakePki}), X25519 and TLS_AES_128_GCM_SHA256, and
 * every client checks the server's certificate against the same trusted root.
 *
 * <p>A full handshake costs at least two X25519 key generations and agreements, one ECDSA P-256
 * signature (the server's CertificateVerify) and two ECDSA verifications (CertificateVerify and
 * the leaf's signature by the root); a resumed one costs the X25519 work only. Each setup prints
 * how many bytes the server sent, which shows that a "resumed" handshake did resume.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar Handshake -f 1 -wi 3 -i 5 -w 2s -r 2s}; on a
 * shared machine add {@code -prof dev.parley.bench.WorkerCpuTimeProfiler} and compare CPU time.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Djdk.tls.namedGroups=x25519,secp256r1")
public class HandshakeBenchmark {

    /** Parley's client and server engines. */
    @State(Scope.Thread)
    public static class Parley {
        ParleyPeers peers;

        @Setup
        public void setUp() throws TlsException {
            peers = new ParleyPeers(new HandshakePki(), new BouncyCastleCryptoProvider());
            report("Parley", peers.fullHandshake(), peers.resumedHandshake(), peers.resumedHandshake());
        }
    }

    /** The JDK's SunJSSE. */
    @State(Scope.Thread)
    public static class Jdk {
        SslEnginePeers peers;

        @Setup
        public void setUp() throws GeneralSecurityException, IOException {
            peers = new SslEnginePeers(new HandshakePki(), null);
            report("JDK", peers.fullHandshake(), peers.resumedHandshake(), peers.resumedHandshake());
        }
    }

    /** BC-JSSE. */
    @State(Scope.Thread)
    public static class BcJsse {
        SslEnginePeers peers;

        @Setup
        public void setUp() throws GeneralSecurityException, IOException {
            peers = new SslEnginePeers(new HandshakePki(), new BouncyCastleJsseProvider());
            report("BC-JSSE", peers.fullHandshake(), peers.resumedHandshake(), peers.resumedHandshake());
        }
    }

    /** bctls's low-level protocol classes. */
    @State(Scope.Thread)
    public static class Bctls {
        BctlsPeers peers;

        @Setup
        public void setUp() throws IOException {
            peers = new BctlsPeers(new HandshakePki());
            report("bctls", peers.fullHandshake(), peers.pskHandshake(), peers.pskHandshake());
        }
    }

    private static void report(String stack, int full, int first, int resumed) {
        System.out.printf("%n# %s: the server sent %d bytes in a full handshake, %d then %d when resuming%n",
                stack, full, first, resumed);
    }

    @Benchmark
    public int parleyFull(Parley parley) throws TlsException {
        return parley.peers.fullHandshake();
    }

    /**
     * parleyFull with a new client configuration each time: a reused one remembers the server's
     * parsed chain and its verified signature, so parleyFull does one ECDSA verification, not two.
     */
    @Benchmark
    public int parleyFullNewClientConfig(Parley parley) throws TlsException {
        return parley.peers.fullHandshakeNewClientConfig();
    }

    @Benchmark
    public int parleyResumed(Parley parley) throws TlsException {
        return parley.peers.resumedHandshake();
    }

    @Benchmark
    public int jdkFull(Jdk jdk) throws SSLException {
        return jdk.peers.fullHandshake();
    }

    @Benchmark
    public int jdkResumed(Jdk jdk) throws SSLException {
        return jdk.peers.resumedHandshake();
    }

    @Benchmark
    public int bcJsseFull(BcJsse bcJsse) throws SSLException {
        return bcJsse.peers.fullHandshake();
    }

    @Benchmark
    public int bcJsseResumed(BcJsse bcJsse) throws SSLException {
        return bcJsse.peers.resumedHandshake();
    }

    @Benchmark
    public int bctlsFull(Bctls bctls) throws IOException {
        return bctls.peers.fullHandshake();
    }

    /** bctls's nearest thing to a resumption: an external PSK with psk_dhe_ke. */
    @Benchmark
    public int bctlsPsk(Bctls bctls) throws IOException {
        return bctls.peers.pskHandshake();
    }
}
