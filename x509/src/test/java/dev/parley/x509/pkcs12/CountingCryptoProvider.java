package dev.parley.x509.pkcs12;

import dev.parley.crypto.BlockCipherAlgorithm;
import dev.parley.crypto.CbcCipher;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.ForwardingCryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hmac;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;

/** The Bouncy Castle provider, counting the ciphers and MACs it hands out, to show what a reader did. */
final class CountingCryptoProvider extends ForwardingCryptoProvider {

    int cbcCiphers;
    int hmacs;

    CountingCryptoProvider() {
        super(new BouncyCastleCryptoProvider());
    }

    @Override
    public Hmac hmac(HashAlgorithm algorithm, byte[] key) {
        hmacs++;
        return delegate().hmac(algorithm, key);
    }

    @Override
    public CbcCipher cbc(BlockCipherAlgorithm algorithm, byte[] key) throws CryptoException {
        cbcCiphers++;
        return delegate().cbc(algorithm, key);
    }
}
