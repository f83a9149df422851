package dev.parley.handshake.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.record.TlsException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The TLS 1.2 PRF (RFC 5246 §5) against published known answers.
 *
 * <p>The "test label" vectors for P_SHA256 (100 bytes) and P_SHA384 (148 bytes) are the ones posted
 * to the IETF TLS list, https://www.ietf.org/mail-archive/web/tls/current/msg03416.html, as
 * reproduced in GnuTLS's {@code tests/tls12-prf.c} (sha384_test1) and in the TLS tests of
 * digitalbazaar/forge; the short SHA-256 vectors are GnuTLS's own (sha256_test1..4 in the same
 * file), with outputs of 16, 80, 28 and 38 bytes that end inside an HMAC block. OpenSSL 3.0's
 * {@code openssl kdf ... TLS1-PRF} reproduces the first one as well.
 */
class Tls12PrfTest {

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    @Test
    void ietfVectorSha256() throws TlsException {
        assertPrf(HashAlgorithm.SHA256, "9bbe436ba940f017b17652849a71db35", "a0ba9f936cda311827a6f796ffd5198c",
                "e3f229ba727be17b8d122620557cd453c2aab21d07c3d495329b52d4e61edb5a"
                + "6b301791e90d35c9c9a46b4e14baf9af0fa022f7077def17abfd3797c0564bab"
                + "4fbc91666e9def9b97fce34f796789baa48082d122ee42c5a72e5a5110fff701"
                + "87347b66");
    }

    @Test
    void ietfVectorSha384() throws TlsException {
        assertPrf(HashAlgorithm.SHA384, "b80b733d6ceefcdc71566ea48e5567df", "cd665cf6a8447dd6ff8b27555edb7465",
                "7b0c18e9ced410ed1804f2cfa34a336a1c14dffb4900bb5fd7942107e81c83cd"
                + "e9ca0faa60be9fe34f82b1233c9146a0e534cb400fed2700884f9dc236f80edd"
                + "8bfa961144c9e8d792eca722a7b32fc3d416d473ebc2c5fd4abfdad05d918425"
                + "9b5bf8cd4d90fa0d31e2dec479e4f1a26066f2eea9a69236a3e52655c9e9aee6"
                + "91c8f3a26854308d5eaa3be85e0990703d73e56f");
    }

    @Test
    void gnutlsVectorsSha256() throws TlsException {
        assertPrf(HashAlgorithm.SHA256, "0450b0ea9ecd3602ee0d76c5c3c86f4a", "207acc0254b867f5b925b45a33601d8b",
                "ae679e0e714f5975763768b166979e1d");
        assertPrf(HashAlgorithm.SHA256, "34204a9df0be6eb4e925a8027cf6c602", "98b2c40bcd664c83bb920c18201a6395",
                "afa9312453c22fa83d2b511b372d73a402a2a62873239a51fade45082faf3fd2bb7ffb3e9bf36e28b3141aaba48400"
                + "5332a9f9e388a4d329f1587a4b317da07708ea1ba95a53f8786724bd83ce4b03af");
        assertPrf(HashAlgorithm.SHA256, "a3691aa1f6814b80592bf1cf2acf1697",
                "5523d41e320e694d0c1ff5734d830b933e46927071c92621",
                "6ad0984fa06f78fe161bd46d7c261de43340d728dddc3d0ff0dd7e0d");
        assertPrf(HashAlgorithm.SHA256, "210ec937069707e5465bc46bf779e104108b18fdb793be7b218dbf145c8641f3",
                "1e351a0baf35c79945924394b881cfe31dae8f1c1ed54d3b",
                "7653fa809cde3b553c4a17e2cdbcc918f36527f22219a7d7f95d97243ff2d5dee8265ef0af03");
    }

    /** P_hash is a stream: a shorter output is always a prefix of a longer one. */
    @Property(tries = 200)
    void shorterOutputIsAPrefixOfLonger(@ForAll @Size(max = 64) byte[] secret, @ForAll @Size(max = 80) byte[] seed,
            @ForAll @IntRange(min = 0, max = 200) int shorter, @ForAll @IntRange(min = 0, max = 100) int more)
            throws TlsException {
        Tls12Prf prf = Tls12Prf.of(crypto, HashAlgorithm.SHA384);
        Bytes longOutput = Bytes.wrap(prf.compute(Secret.copyOf(secret), "label", Bytes.of(seed), shorter + more));
        Bytes shortOutput = Bytes.wrap(prf.compute(Secret.copyOf(secret), "label", Bytes.of(seed), shorter));
        assertEquals(longOutput.slice(0, shorter), shortOutput);
    }

    @Test
    void onlySha256AndSha384() {
        for (HashAlgorithm hash : new HashAlgorithm[] {HashAlgorithm.SHA1, HashAlgorithm.SHA512}) {
            assertEquals(KeyScheduleFailure.INPUT_OUT_OF_RANGE,
                    assertThrows(TlsException.class, () -> Tls12Prf.of(crypto, hash)).reason());
        }
    }

    @Test
    void negativeLengthsAreRefused() throws TlsException {
        Tls12Prf prf = Tls12Prf.of(crypto, HashAlgorithm.SHA256);
        assertEquals(KeyScheduleFailure.INPUT_OUT_OF_RANGE, assertThrows(TlsException.class,
                () -> prf.compute(Secret.zeros(16), "label", Bytes.EMPTY, -1)).reason());
        assertEquals(0, prf.compute(Secret.zeros(16), "label", Bytes.EMPTY, 0).length);
    }

    private void assertPrf(HashAlgorithm hash, String secret, String seed, String expected) throws TlsException {
        Bytes output = Bytes.wrap(Tls12Prf.of(crypto, hash).compute(Secret.copyOf(Bytes.fromHex(secret).toByteArray()),
                "test label", Bytes.fromHex(seed), Bytes.fromHex(expected).length()));
        assertEquals(Bytes.fromHex(expected), output);
    }
}
