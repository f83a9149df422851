package dev.parley.bench;

import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.AEADCipher;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The raw Bouncy Castle AEAD sealing a 16 KiB payload: the floor the record layer is measured against. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AeadBaselineBenchmark {

    @Param({"AES_128_GCM", "AES_256_GCM", "CHACHA20_POLY1305"})
    public String aead;

    private AEADCipher cipher;
    private byte[] nonce;
    private final byte[] aad = new byte[5];
    private final byte[] plaintext = new byte[16384];
    private final byte[] out = new byte[16384 + 16];
    private long counter;

    @Setup
    public void setUp() {
        int keyLength = aead.equals("AES_128_GCM") ? 16 : 32;
        cipher = aead.startsWith("AES") ? GCMBlockCipher.newInstance(AESEngine.newInstance()) : new ChaCha20Poly1305();
        nonce = new byte[12];
        cipher.init(true, new AEADParameters(new KeyParameter(new byte[keyLength]), 128, nonce));
    }

    @Benchmark
    public int seal() throws Exception {
        nonce[11] = (byte) ++counter;
        nonce[10] = (byte) (counter >>> 8);
        cipher.init(true, new AEADParameters(null, 128, nonce));
        cipher.processAADBytes(aad, 0, aad.length);
        int n = cipher.processBytes(plaintext, 0, plaintext.length, out, 0);
        return n + cipher.doFinal(out, n);
    }
}
