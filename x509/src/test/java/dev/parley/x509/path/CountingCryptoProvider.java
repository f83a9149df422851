package dev.parley.x509.path;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.ForwardingCryptoProvider;
import dev.parley.crypto.PublicKey;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import java.util.concurrent.atomic.AtomicInteger;

/** A crypto provider that counts the signature verifications it performs, for the work-bound properties. */
final class CountingCryptoProvider extends ForwardingCryptoProvider {

    private final AtomicInteger verifications = new AtomicInteger();

    CountingCryptoProvider(CryptoProvider delegate) {
        super(delegate);
    }

    int verifications() {
        return verifications.get();
    }

    @Override
    public SignatureVerifier verifier(SignatureAlgorithm algorithm, PublicKey key) throws CryptoException {
        SignatureVerifier verifier = delegate().verifier(algorithm, key);
        return new SignatureVerifier() {
            @Override
            public SignatureAlgorithm algorithm() {
                return verifier.algorithm();
            }

            @Override
            public boolean verify(byte[] message, byte[] signature) {
                verifications.incrementAndGet();
                return verifier.verify(message, signature);
            }
        };
    }
}
