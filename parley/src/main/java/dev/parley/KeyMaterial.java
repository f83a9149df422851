package dev.parley;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.PrivateKey;
import dev.parley.handshake.CertifiedKey;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.pem.KeyFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where an endpoint's certificate chain and key come from, until {@link TlsConfig.Builder#build()}
 * reads them: files ({@code SSL_cert_file}, {@code SSL_key_file}) or objects in memory
 * ({@code SSL_cert}, {@code SSL_key}). Reading failures become configuration errors that name the
 * file and say what to do.
 */
abstract sealed class KeyMaterial {

    static KeyMaterial files(Path certificateFile, Optional<Path> keyFile) {
        return new Files(certificateFile, keyFile);
    }

    static KeyMaterial inMemory(List<Certificate> chain, PrivateKey key) {
        return new Loaded(new CertifiedKey(chain, key));
    }

    static KeyMaterial loaded(CertifiedKey key) {
        return new Loaded(key);
    }

    /** Reads the material; {@code crypto} may be null when the config's own provider is not made yet. */
    abstract CertifiedKey load(CryptoProvider crypto) throws IOException;

    /** Certificate and key files. */
    private static final class Files extends KeyMaterial {
        private final Path certificateFile;
        private final Optional<Path> keyFile;

        Files(Path certificateFile, Optional<Path> keyFile) {
            this.certificateFile = certificateFile;
            this.keyFile = keyFile;
        }

        @Override
        CertifiedKey load(CryptoProvider crypto) throws IOException {
            List<Certificate> chain = read(certificateFile).certificates();
            if (chain.isEmpty()) {
                throw problem(certificateFile, "holds no certificate (expected PEM 'BEGIN CERTIFICATE' blocks "
                        + "or one DER certificate)", null);
            }
            Path keySource = keyFile.orElse(certificateFile);
            PrivateKey key;
            try {
                key = read(keySource).privateKey();
            } catch (X509Exception e) {
                throw problem(keySource, "holds no usable private key: " + e.getMessage()
                        + (keyFile.isEmpty() ? "; give the key file as well: certificate(certFile, keyFile)" : ""), e);
            }
            return new CertifiedKey(chain, key);
        }

        private static KeyFile read(Path file) throws IOException {
            try {
                return KeyFile.read(file);
            } catch (X509Exception e) {
                throw problem(file, "cannot be read as PEM or DER: " + e.getMessage(), e);
            }
        }

        private static ParleyException problem(Path file, String what, Throwable cause) {
            return new ParleyException(ErrorCode.CONFIGURATION, file + " " + what, cause);
        }
    }

    /** A chain and key already in memory. */
    private static final class Loaded extends KeyMaterial {
        private final CertifiedKey key;

        Loaded(CertifiedKey key) {
            this.key = key;
        }

        @Override
        CertifiedKey load(CryptoProvider crypto) {
            return key;
        }
    }
}
