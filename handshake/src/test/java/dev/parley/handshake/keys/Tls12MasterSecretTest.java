package dev.parley.handshake.keys;

import static dev.parley.handshake.keys.KeyAssertions.bytesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.record.AlertDescription;
import dev.parley.record.TlsException;
import org.junit.jupiter.api.Test;

/**
 * The TLS 1.2 master secret, key block and Finished (RFC 5246 §8.1, §6.3, §7.4.9) and the
 * extended master secret (RFC 7627 §4).
 *
 * <p>Known answers come from "The Illustrated TLS 1.2 Connection" (https://tls12.xargs.org,
 * source syncsynchalt/illustrated-tls12, {@code site/index.html}), an annotated real
 * TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA handshake that prints its PreMasterSecret, randoms,
 * MasterSecret, key block partition, handshake hashes and both verify_data values. The extended
 * master secret has no published trace; its expected value was computed with OpenSSL 3.0:
 * <pre>
 * openssl kdf -keylen 48 -kdfopt digest:SHA256 -kdfopt hexsecret:df4a29...447624 \
 *     -kdfopt hexseed:$(printf 'extended master secret' | xxd -p)061dda04...b54cb4 TLS1-PRF
 * </pre>
 */
class Tls12MasterSecretTest {

    static final Bytes PRE_MASTER_SECRET = Bytes.fromHex("df4a291baa1eb7cfa6934b29b474baad2697e29f1f920dcc77c8a0a088447624");
    static final Bytes CLIENT_RANDOM = Bytes.fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    static final Bytes SERVER_RANDOM = Bytes.fromHex("707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f");
    static final Bytes MASTER_SECRET = Bytes.fromHex(
            "916abf9da55973e13614ae0a3f5d3f37b023ba129aee02cc9134338127cd7049781c8e19fc1eb2a7387ac06ae237344c");
    /** "The SHA256 of all handshake messages before this one" at the client's Finished. */
    static final Bytes HASH_BEFORE_CLIENT_FINISHED =
            Bytes.fromHex("061dda04b3c2217ff73bd79b9cf88a2bb6ec505404aac8722db03ef417b54cb4");
    static final Bytes HASH_BEFORE_SERVER_FINISHED =
            Bytes.fromHex("b2017ba28d0e27f03ae327456b6ff00b4d5bbf0ef7cda83ce1029b521c3e7c35");
    /** The key block partition printed for AES_128_CBC_SHA: MAC keys 20, keys 16, IVs 16 bytes. */
    static final Bytes CLIENT_MAC_KEY = Bytes.fromHex("1b7d117c7d5f690bc263cae8ef60af0f1878acc2");
    static final Bytes SERVER_MAC_KEY = Bytes.fromHex("2ad8bdd8c601a617126f63540eb20906f781fad2");
    static final Bytes CLIENT_KEY = Bytes.fromHex("f656d037b173ef3e11169f27231a84b6");
    static final Bytes SERVER_KEY = Bytes.fromHex("752a18e7a9fcb7cbcdd8f98dd8f769eb");
    static final Bytes CLIENT_IV = Bytes.fromHex("a0d2550c9238eebfef5c32251abb67d6");
    static final Bytes SERVER_IV = Bytes.fromHex("434528db4937d540d393135e06a11bb8");

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    private Tls12MasterSecret master() throws TlsException {
        return Tls12MasterSecret.standard(Tls12Prf.of(crypto, HashAlgorithm.SHA256), pms(), CLIENT_RANDOM, SERVER_RANDOM);
    }

    private static Secret pms() {
        return Secret.copyOf(PRE_MASTER_SECRET.toByteArray());
    }

    @Test
    void masterSecretOfTheIllustratedConnection() throws TlsException {
        assertEquals(MASTER_SECRET, bytesOf(master().secret()));
    }

    @Test
    void keyBlockPartitionOfTheIllustratedConnection() throws TlsException {
        Tls12KeyBlock block = Tls12KeyBlock.derive(master(), CLIENT_RANDOM, SERVER_RANDOM, 20, 16, 16);
        assertEquals(CLIENT_MAC_KEY, Bytes.wrap(block.clientWriteMacKey()));
        assertEquals(SERVER_MAC_KEY, Bytes.wrap(block.serverWriteMacKey()));
        assertEquals(CLIENT_KEY, Bytes.wrap(block.clientWriteKey()));
        assertEquals(SERVER_KEY, Bytes.wrap(block.serverWriteKey()));
        assertEquals(CLIENT_IV, Bytes.wrap(block.clientWriteIv()));
        assertEquals(SERVER_IV, Bytes.wrap(block.serverWriteIv()));
        assertEquals(KeyScheduleFailure.STEP_OUT_OF_ORDER,
                assertThrows(TlsException.class, block::clientWriteKeys).reason());
    }

    /**
     * The same key block cut for AEAD suites: the PRF output is one stream, so the published
     * partition above, read as one string, is the key block of every suite over this master secret.
     */
    @Test
    void aeadPartitionsOfTheSameKeyBlock() throws TlsException {
        Bytes stream = CLIENT_MAC_KEY.concat(SERVER_MAC_KEY).concat(CLIENT_KEY).concat(SERVER_KEY).concat(CLIENT_IV)
                .concat(SERVER_IV);
        // RFC 5288 §3: AES-GCM keys, then 4-byte implicit IVs; no MAC keys.
        Tls12KeyBlock gcm = Tls12KeyBlock.forAead(master(), CLIENT_RANDOM, SERVER_RANDOM, AeadAlgorithm.AES_128_GCM);
        assertKeys(gcm.clientWriteKeys(), AeadAlgorithm.AES_128_GCM, stream.slice(0, 16), stream.slice(32, 36));
        assertKeys(gcm.serverWriteKeys(), AeadAlgorithm.AES_128_GCM, stream.slice(16, 32), stream.slice(36, 40));
        assertEquals(0, gcm.clientWriteMacKey().length);
        // RFC 7905 §2: 32-byte keys and 12-byte IVs.
        Tls12KeyBlock chacha = Tls12KeyBlock.forAead(master(), CLIENT_RANDOM, SERVER_RANDOM,
                AeadAlgorithm.CHACHA20_POLY1305);
        assertKeys(chacha.clientWriteKeys(), AeadAlgorithm.CHACHA20_POLY1305, stream.slice(0, 32), stream.slice(64, 76));
        assertKeys(chacha.serverWriteKeys(), AeadAlgorithm.CHACHA20_POLY1305, stream.slice(32, 64), stream.slice(76, 88));
    }

    @Test
    void finishedOfTheIllustratedConnection() throws TlsException {
        Tls12MasterSecret master = master();
        Bytes client = Bytes.fromHex("cf919626f1360c536aaad73a");
        Bytes server = Bytes.fromHex("844d3c10746dd722f92f0c7e");
        assertEquals(client, master.verifyData(Tls12MasterSecret.Sender.CLIENT, HASH_BEFORE_CLIENT_FINISHED));
        assertEquals(server, master.verifyData(Tls12MasterSecret.Sender.SERVER, HASH_BEFORE_SERVER_FINISHED));
        master.verifyFinished(Tls12MasterSecret.Sender.CLIENT, HASH_BEFORE_CLIENT_FINISHED, client);

        TlsException wrongSide = assertThrows(TlsException.class,
                () -> master.verifyFinished(Tls12MasterSecret.Sender.SERVER, HASH_BEFORE_CLIENT_FINISHED, client));
        assertEquals(KeyScheduleFailure.FINISHED_MISMATCH, wrongSide.reason());
        assertEquals(AlertDescription.DECRYPT_ERROR, wrongSide.alert());
        for (int bit = 0; bit < 96; bit++) {
            byte[] flipped = client.toByteArray();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThrows(TlsException.class, () -> master.verifyFinished(Tls12MasterSecret.Sender.CLIENT,
                    HASH_BEFORE_CLIENT_FINISHED, Bytes.wrap(flipped)));
        }
    }

    /** RFC 7627 §4, over the same pre-master secret and the session_hash through the ClientKeyExchange. */
    @Test
    void extendedMasterSecret() throws TlsException {
        Tls12Prf prf = Tls12Prf.of(crypto, HashAlgorithm.SHA256);
        Tls12MasterSecret extended = Tls12MasterSecret.extended(prf, pms(), HASH_BEFORE_CLIENT_FINISHED);
        assertEquals(Bytes.fromHex("960143e1bc0895e72b360f49c91132e440b1e3059e6df2dd894ffc6166d767c6"
                + "329bf5b76d383a24955dbf038178e4b0"), bytesOf(extended.secret()));
    }

    /**
     * RFC 7627 §4 by construction, over P_SHA384: the label is "extended master secret" and the
     * session hash takes the place of the randoms, so the result is the PRF over exactly those
     * inputs, pinned with OpenSSL as above (session hash: SHA-384 of "parley"), and it differs from
     * the RFC 5246 master secret of the same pre-master secret.
     */
    @Test
    void extendedMasterSecretIsThePrfOverTheSessionHash() throws TlsException {
        Tls12Prf prf = Tls12Prf.of(crypto, HashAlgorithm.SHA384);
        Bytes sessionHash = Bytes.fromHex(
                "464cbd0cafbe980e5e968b884164bb63f6fe9905f8f09204f30d2d9f9f862f559bce573123401cba6c51347edd020712");
        Tls12MasterSecret extended = Tls12MasterSecret.extended(prf, pms(), sessionHash);
        assertEquals(Bytes.fromHex("bb2fc593329fa78a01b4a407e3d19b5e56a427b024310cd649fea53ffd32367e"
                + "871d96537ae77e771d6d5644f5c26b9c"), bytesOf(extended.secret()));
        assertEquals(Bytes.wrap(prf.compute(pms(), "extended master secret", sessionHash, 48)), bytesOf(extended.secret()));
        Bytes otherHash = Bytes.fromHex("01").concat(sessionHash.slice(1, 48));
        assertNotEquals(bytesOf(extended.secret()), bytesOf(Tls12MasterSecret.extended(prf, pms(), otherHash).secret()));
        assertNotEquals(bytesOf(extended.secret()), bytesOf(Tls12MasterSecret.standard(prf, pms(), CLIENT_RANDOM,
                SERVER_RANDOM).secret()));
        assertEquals(KeyScheduleFailure.INPUT_OUT_OF_RANGE, assertThrows(TlsException.class,
                () -> Tls12MasterSecret.extended(prf, pms(), HASH_BEFORE_CLIENT_FINISHED)).reason());
    }

    @Test
    void randomsMustBe32Bytes() throws TlsException {
        Tls12Prf prf = Tls12Prf.of(crypto, HashAlgorithm.SHA256);
        assertEquals(KeyScheduleFailure.INPUT_OUT_OF_RANGE, assertThrows(TlsException.class,
                () -> Tls12MasterSecret.standard(prf, pms(), CLIENT_RANDOM.slice(0, 31), SERVER_RANDOM)).reason());
        assertEquals(KeyScheduleFailure.INPUT_OUT_OF_RANGE, assertThrows(TlsException.class,
                () -> Tls12KeyBlock.forAead(master(), CLIENT_RANDOM, Bytes.EMPTY, AeadAlgorithm.AES_256_GCM)).reason());
    }

    @Test
    void destroyedKeyBlockRefuses() throws TlsException {
        Tls12KeyBlock block = Tls12KeyBlock.forAead(master(), CLIENT_RANDOM, SERVER_RANDOM, AeadAlgorithm.AES_256_GCM);
        block.destroy();
        assertEquals(KeyScheduleFailure.SECRET_DESTROYED, assertThrows(TlsException.class, block::serverWriteKeys).reason());
    }

    private static void assertKeys(TrafficKeys keys, AeadAlgorithm aead, Bytes key, Bytes iv) throws TlsException {
        assertEquals(aead, keys.aead());
        assertEquals(key, Bytes.wrap(keys.key()));
        assertEquals(iv, Bytes.wrap(keys.iv()));
    }
}
