package dev.parley.bench;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.record.ContentType;
import dev.parley.record.ReceivedRecord;
import dev.parley.record.RecordLimits;
import dev.parley.record.RecordProtection;
import dev.parley.record.RecordReader;
import dev.parley.record.RecordWriter;
import dev.parley.record.TlsException;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.AEADCipher;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Protect + unprotect of one 16 KiB application-data record: through Parley's RecordWriter and
 * RecordReader ({@link #parley()}), and, in the same run, the raw Bouncy Castle AEAD sealing and
 * opening the same 16 KiB with additional data of the same size ({@link #bouncyCastle()}): 5 bytes
 * for TLS 1.3 (the record header), 13 for TLS 1.2 (RFC 5246 §6.2.3.3).
 *
 * <p>One operation moves 16384 bytes through both seal and open, so MB/s = ops/s × 16384 / 10^6.
 * The record layer's cost is the ratio of the two scores. {@link #parley()} and
 * {@link #bouncyCastle()} run one after the other; the {@code simultaneous} group runs the same two
 * operations at the same time on two threads, so that on a machine whose load changes from second
 * to second both sides of the comparison meet the same conditions. Run with
 * {@code java -jar bench/target/benchmarks.jar RecordProtection -f 1 -wi 3 -i 5 -w 2s -r 2s}, adding
 * {@code -prof dev.parley.bench.WorkerCpuTimeProfiler} for CPU time per operation.
 *
 * <p>{@link #recordLayerOnly()} is {@link #parley()} over an AEAD that only copies: the record
 * layer's own cost per record, an absolute figure that machine load can only inflate, to set
 * against the AEAD's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RecordProtectionBenchmark {

    private static final int SIZE = 16384;
    private static final CryptoProvider CRYPTO = new BouncyCastleCryptoProvider();

    @Param({"TLS13_AES_128_GCM", "TLS13_AES_256_GCM", "TLS13_CHACHA20_POLY1305",
            "TLS12_AES_128_GCM", "TLS12_AES_256_GCM", "TLS12_CHACHA20_POLY1305"})
    public String suite;

    private final byte[] plaintext = new byte[SIZE];
    private final byte[] wire = new byte[RecordLimits.MAX_RECORD_LENGTH];
    private final ByteBuffer wireBuffer = ByteBuffer.wrap(wire);
    private RecordWriter writer;
    private RecordReader reader;
    private RecordWriter copyingWriter;
    private RecordReader copyingReader;

    private AEADCipher sealer;
    private AEADCipher opener;
    private final byte[] nonce = new byte[12];
    private byte[] aad;
    private final byte[] sealed = new byte[SIZE + 16];
    private final byte[] opened = new byte[SIZE];
    private long counter;

    /** Fresh keys every iteration, so no key comes near its record limit however long the run. */
    @Setup(Level.Iteration)
    public void setUp() {
        boolean tls13 = suite.startsWith("TLS13");
        AeadAlgorithm algorithm = AeadAlgorithm.valueOf(suite.substring(6));
        byte[] key = new byte[algorithm.keyLength()];
        byte[] iv = new byte[tls13 || algorithm == AeadAlgorithm.CHACHA20_POLY1305 ? 12 : 4];
        writer = new RecordWriter();
        reader = new RecordReader();
        writer.install(protection(tls13, algorithm, key, iv));
        reader.install(protection(tls13, algorithm, key, iv));
        copyingWriter = new RecordWriter();
        copyingReader = new RecordReader();
        copyingWriter.install(tls13 ? RecordProtection.tls13(new CopyingAead(algorithm), iv)
                : RecordProtection.tls12(new CopyingAead(algorithm), iv));
        copyingReader.install(tls13 ? RecordProtection.tls13(new CopyingAead(algorithm), iv)
                : RecordProtection.tls12(new CopyingAead(algorithm), iv));

        aad = new byte[tls13 ? 5 : 13];
        sealer = cipher(algorithm);
        opener = cipher(algorithm);
        sealer.init(true, new AEADParameters(new KeyParameter(key), 128, nonce(++counter)));
        opener.init(false, new AEADParameters(new KeyParameter(key), 128, nonce(counter)));
    }

    @Benchmark
    public int parley() throws TlsException {
        int length = writer.writeRecord(ContentType.APPLICATION_DATA, plaintext, 0, SIZE, wire, 0);
        wireBuffer.clear().limit(length);
        ReceivedRecord record = reader.read(wireBuffer).orElseThrow();
        return record.length();
    }

    @Benchmark
    public int recordLayerOnly() throws TlsException {
        int length = copyingWriter.writeRecord(ContentType.APPLICATION_DATA, plaintext, 0, SIZE, wire, 0);
        wireBuffer.clear().limit(length);
        ReceivedRecord record = copyingReader.read(wireBuffer).orElseThrow();
        return record.length();
    }

    @Benchmark
    public int bouncyCastle() throws InvalidCipherTextException {
        byte[] perRecordNonce = nonce(++counter);
        sealer.init(true, new AEADParameters(null, 128, perRecordNonce));
        sealer.processAADBytes(aad, 0, aad.length);
        int n = sealer.processBytes(plaintext, 0, SIZE, sealed, 0);
        n += sealer.doFinal(sealed, n);
        opener.init(false, new AEADParameters(null, 128, perRecordNonce));
        opener.processAADBytes(aad, 0, aad.length);
        int m = opener.processBytes(sealed, 0, n, opened, 0);
        return m + opener.doFinal(opened, m);
    }

    /** {@link #parley()}, measured while {@link #simultaneousBouncyCastle()} runs beside it. */
    @Benchmark
    @Group("simultaneous")
    @GroupThreads(1)
    public int simultaneousParley() throws TlsException {
        return parley();
    }

    /** {@link #bouncyCastle()}, measured while {@link #simultaneousParley()} runs beside it. */
    @Benchmark
    @Group("simultaneous")
    @GroupThreads(1)
    public int simultaneousBouncyCastle() throws InvalidCipherTextException {
        return bouncyCastle();
    }

    private static RecordProtection protection(boolean tls13, AeadAlgorithm algorithm, byte[] key, byte[] iv) {
        return tls13 ? RecordProtection.tls13(CRYPTO, algorithm, key, iv) : RecordProtection.tls12(CRYPTO, algorithm, key, iv);
    }

    private static AEADCipher cipher(AeadAlgorithm algorithm) {
        return algorithm == AeadAlgorithm.CHACHA20_POLY1305
                ? new ChaCha20Poly1305() : GCMBlockCipher.newInstance(AESEngine.newInstance());
    }

    private byte[] nonce(long value) {
        for (int i = 0; i < 8; i++) {
            nonce[11 - i] = (byte) (value >>> (8 * i));
        }
        return nonce;
    }
}
