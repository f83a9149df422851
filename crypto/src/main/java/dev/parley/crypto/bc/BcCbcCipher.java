package dev.parley.crypto.bc;

import dev.parley.crypto.BlockCipherAlgorithm;
import dev.parley.crypto.CbcCipher;
import dev.parley.crypto.CryptoException;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.engines.RC2Engine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.CBCModeCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.crypto.params.RC2Parameters;

/**
 * AES, three-key Triple DES and RC2 in CBC mode without padding (NIST SP 800-38A §6.2), for
 * reading encrypted key files. RC2 takes its effective key length from the algorithm (RFC 2268 §2):
 * 40 bits for {@code pbeWithSHAAnd40BitRC2-CBC}, 128 bits otherwise.
 */
final class BcCbcCipher implements CbcCipher {

    private final BlockCipherAlgorithm algorithm;
    private final KeyParameter key;
    private final CBCModeCipher cbc;

    private BcCbcCipher(BlockCipherAlgorithm algorithm, KeyParameter key, BlockCipher engine) {
        this.algorithm = algorithm;
        this.key = key;
        this.cbc = CBCBlockCipher.newInstance(engine);
    }

    /** A cipher for {@code key}, which must have the algorithm's key length. */
    static BcCbcCipher create(BlockCipherAlgorithm algorithm, byte[] key) throws CryptoException {
        if (key.length != algorithm.keyLength()) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, algorithm + " needs a "
                    + algorithm.keyLength() + "-byte key, not " + key.length);
        }
        return switch (algorithm) {
            case AES_128, AES_192, AES_256 -> new BcCbcCipher(algorithm, new KeyParameter(key), AESEngine.newInstance());
            case DES_EDE3 -> new BcCbcCipher(algorithm, new KeyParameter(key), new DESedeEngine());
            case RC2_40 -> new BcCbcCipher(algorithm, new RC2Parameters(key, 40), new RC2Engine());
            case RC2_128 -> new BcCbcCipher(algorithm, new RC2Parameters(key, 128), new RC2Engine());
        };
    }

    @Override
    public BlockCipherAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] encrypt(byte[] iv, byte[] input) {
        if (!isWellFormed(iv, input)) {
            throw new IllegalArgumentException(algorithm + " CBC needs a " + algorithm.blockLength()
                    + "-byte IV and whole blocks");
        }
        return process(true, iv, input);
    }

    @Override
    public byte[] decrypt(byte[] iv, byte[] input) throws CryptoException {
        if (!isWellFormed(iv, input)) {
            throw new CryptoException(CryptoException.Kind.INVALID_INPUT, algorithm + " CBC needs a "
                    + algorithm.blockLength() + "-byte IV and whole blocks");
        }
        return process(false, iv, input);
    }

    private boolean isWellFormed(byte[] iv, byte[] input) {
        int block = algorithm.blockLength();
        return iv.length == block && input.length % block == 0;
    }

    private byte[] process(boolean forEncryption, byte[] iv, byte[] input) {
        cbc.init(forEncryption, new ParametersWithIV(key, iv));
        byte[] output = new byte[input.length];
        int block = algorithm.blockLength();
        for (int offset = 0; offset < input.length; offset += block) {
            cbc.processBlock(input, offset, output, offset);
        }
        return output;
    }
}
