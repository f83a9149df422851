package dev.parley;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.PrivateKey;
import dev.parley.handshake.CertifiedKey;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.key.PasswordCallback;
import dev.parley.x509.pem.KeyFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where an endpoint's certificate chain and key come from, until {@link TlsConfigBuilder#build()}
 * reads them: files in any format x509 reads ({@code SSL_cert_file}, {@code SSL_key_file}: PEM,
 * DER, PKCS #12, encrypted PKCS #8) or objects in memory ({@code SSL_cert}, {@code SSL_key}).
 * Either way the key must belong to the leaf certificate. Failures become configuration errors
 * that name the file and say what to do.
 */
abstract sealed class KeyMaterial {

    static KeyMaterial files(Path certificateFile, Optional<Path> keyFile) {
        return new Files(certificateFile, keyFile);
    }

    static KeyMaterial inMemory(List<Certificate> chain, PrivateKey key) {
        return new InMemory(chain, key);
    }

    static KeyMaterial loaded(CertifiedKey key) {
        return new InMemory(key.chain(), key.privateKey());
    }

    /**
     * Reads and pairs the material.
     *
     * @param passwords the {@code SSL_passwd_cb}, if the config has one
     */
    abstract CertifiedKey load(CryptoProvider crypto, Optional<PasswordCallback> passwords) throws IOException;

    /** Certificate and key files. */
    private static final class Files extends KeyMaterial {
        private final Path certificateFile;
        private final Optional<Path> keyFile;

        Files(Path certificateFile, Optional<Path> keyFile) {
            this.certificateFile = certificateFile;
            this.keyFile = keyFile;
        }

        @Override
        CertifiedKey load(CryptoProvider crypto, Optional<PasswordCallback> passwords) throws IOException {
            // Without SSL_passwd_cb an encrypted key is tried with the empty password, which is how
            // many PKCS #12 files are written; a wrong password then says how to give the right one.
            PasswordCallback callback = passwords.orElse(resource -> new char[0]);
            try {
                dev.parley.x509.key.CertifiedKey pair = KeyFile.certifiedKey(certificateFile,
                        keyFile.orElse(certificateFile), callback, crypto);
                return new CertifiedKey(pair.chain(), pair.privateKey());
            } catch (X509Exception e) {
                throw new ParleyException(ErrorCode.CONFIGURATION, "cannot use " + describe() + ": " + e.getMessage()
                        + advice(e, passwords.isPresent()), e);
            }
        }

        private String describe() {
            return keyFile.map(key -> "the certificate " + certificateFile + " with the key " + key)
                    .orElse("the certificate and key file " + certificateFile);
        }

        private String advice(X509Exception e, boolean hadPasswords) {
            if (e.reason() == X509Failure.WRONG_PASSWORD || e.reason() == X509Failure.ENCRYPTED_PRIVATE_KEY
                    || e.reason() == X509Failure.INTEGRITY_CHECK_FAILED) {
                return hadPasswords ? " — check the password keyPassword(...) gives"
                        : " — the file is protected by a password: give it with keyPassword(...)";
            }
            if (e.reason() == X509Failure.KEY_CERTIFICATE_MISMATCH) {
                return " — the key file and the certificate file do not go together";
            }
            if (e.reason() == X509Failure.NO_SINGLE_PRIVATE_KEY && keyFile.isEmpty()) {
                return " — give the key file as well: certificate(certFile, keyFile)";
            }
            return "";
        }
    }

    /** A chain and key already in memory. */
    private static final class InMemory extends KeyMaterial {
        private final List<Certificate> chain;
        private final PrivateKey key;

        InMemory(List<Certificate> chain, PrivateKey key) {
            this.chain = List.copyOf(chain);
            this.key = key;
        }

        @Override
        CertifiedKey load(CryptoProvider crypto, Optional<PasswordCallback> passwords) throws IOException {
            try {
                dev.parley.x509.key.CertifiedKey pair = dev.parley.x509.key.CertifiedKey.of(chain, key, crypto);
                return new CertifiedKey(pair.chain(), pair.privateKey());
            } catch (X509Exception e) {
                throw new ParleyException(ErrorCode.CONFIGURATION, "cannot use the certificate "
                        + chain.get(0).subject() + " with the key given (SSL_cert, SSL_key): " + e.getMessage(), e);
            }
        }
    }
}
