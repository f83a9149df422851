package dev.parley.record;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;

/**
 * The six record protections Parley implements, each with fixed test keys, so that a test can
 * make matching protections for a writer and a reader (two instances, one per direction's state).
 */
enum TestSuite {
    TLS13_AES_128_GCM(true, AeadAlgorithm.AES_128_GCM),
    TLS13_AES_256_GCM(true, AeadAlgorithm.AES_256_GCM),
    TLS13_CHACHA20_POLY1305(true, AeadAlgorithm.CHACHA20_POLY1305),
    TLS12_AES_128_GCM(false, AeadAlgorithm.AES_128_GCM),
    TLS12_AES_256_GCM(false, AeadAlgorithm.AES_256_GCM),
    TLS12_CHACHA20_POLY1305(false, AeadAlgorithm.CHACHA20_POLY1305);

    static final CryptoProvider CRYPTO = new BouncyCastleCryptoProvider();

    final boolean tls13;
    final AeadAlgorithm algorithm;

    TestSuite(boolean tls13, AeadAlgorithm algorithm) {
        this.tls13 = tls13;
        this.algorithm = algorithm;
    }

    /** The key: bytes 1, 2, 3, ... (varied by {@code generation} so that key changes change keys). */
    byte[] key(int generation) {
        return pattern(algorithm.keyLength(), 1 + generation * 31);
    }

    /** The IV (TLS 1.3, TLS 1.2 ChaCha20) or salt (TLS 1.2 GCM). */
    byte[] iv(int generation) {
        int length = tls13 || algorithm == AeadAlgorithm.CHACHA20_POLY1305 ? 12 : 4;
        return pattern(length, 0xA0 + generation * 7);
    }

    /** A fresh protection with the keys of {@code generation}. */
    RecordProtection protection(int generation) {
        return tls13
                ? RecordProtection.tls13(CRYPTO, algorithm, key(generation), iv(generation))
                : RecordProtection.tls12(CRYPTO, algorithm, key(generation), iv(generation));
    }

    RecordProtection protection() {
        return protection(0);
    }

    ProtocolVersion version() {
        return tls13 ? ProtocolVersion.TLS13 : ProtocolVersion.TLS12;
    }

    private static byte[] pattern(int length, int start) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (start + i);
        }
        return bytes;
    }
}
