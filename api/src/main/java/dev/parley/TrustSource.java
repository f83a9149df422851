package dev.parley;

import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.trust.DefaultTrustLocations;
import dev.parley.x509.trust.TrustStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a config's trust anchors come from: IO::Socket::SSL's {@code SSL_ca} (certificates in
 * memory, which come first), {@code SSL_ca_file} and {@code SSL_ca_path}; when none is given, the
 * default CA store ({@code default_ca}): the system's, found once per process as OpenSSL finds it,
 * unless the program set another with {@link TlsDefaults#setDefaultCa}.
 *
 * @param certificates {@code SSL_ca}
 * @param files {@code SSL_ca_file}
 * @param directories {@code SSL_ca_path}
 * @param explicit whether any of them was given (an empty {@code SSL_ca} means "trust no CA")
 */
record TrustSource(List<Certificate> certificates, List<Path> files, List<Path> directories, boolean explicit) {

    static final TrustSource DEFAULT = new TrustSource(List.of(), List.of(), List.of(), false);

    private static TrustStore systemDefault;

    TrustSource {
        certificates = List.copyOf(certificates);
        files = List.copyOf(files);
        directories = List.copyOf(directories);
    }

    TrustSource withCertificates(List<Certificate> more) {
        return new TrustSource(concat(certificates, more), files, directories, true);
    }

    TrustSource withFile(Path file) {
        return new TrustSource(certificates, concat(files, List.of(file)), directories, true);
    }

    TrustSource withDirectories(List<Path> more) {
        return new TrustSource(certificates, files, concat(directories, more), true);
    }

    /**
     * The trust store.
     *
     * @throws ParleyException ({@link ErrorCode#CONFIGURATION}) if a file is no PEM bundle, or the
     *         system has no CA store and the program named none
     */
    TrustStore load() throws IOException {
        if (!explicit) {
            return defaultStore();
        }
        TrustStore store = TrustStore.of(certificates);
        for (Path file : files) {
            try {
                TrustStore bundle = TrustStore.fromPem(file);
                if (bundle.anchors().isEmpty() && bundle.notAnchors().isEmpty()) {
                    throw new ParleyException(ErrorCode.CONFIGURATION, "SSL_ca_file " + file + " holds no "
                            + "certificate (no PEM 'BEGIN CERTIFICATE' block): is it the right file?", null);
                }
                store = store.plus(bundle);
            } catch (X509Exception e) {
                throw new ParleyException(ErrorCode.CONFIGURATION, "SSL_ca_file " + file + " is not a PEM bundle "
                        + "of certificates: " + e.getMessage(), e);
            }
        }
        for (Path directory : directories) {
            store = store.plus(TrustStore.fromDirectory(directory));
        }
        return store;
    }

    /** The process's default store, loaded on first use ({@code default_ca}). */
    static synchronized TrustStore defaultStore() throws IOException {
        Optional<TrustStore> set = TlsDefaults.configuredDefaultCa();
        if (set.isPresent()) {
            return set.get();
        }
        if (systemDefault == null) {
            DefaultTrustLocations locations = DefaultTrustLocations.locate(System::getenv);
            TrustStore store = locations.load();
            if (store.isEmpty()) {
                throw new ParleyException(ErrorCode.CONFIGURATION, "no system CA store was found (tried "
                        + "SSL_CERT_FILE, SSL_CERT_DIR, " + DefaultTrustLocations.BUNDLES.get(0) + " and the other "
                        + "usual places): name the CAs to trust with caFile(...) or caPath(...), or install the "
                        + "system's CA certificates (Debian: ca-certificates)", null);
            }
            Debug.log(2, () -> "default CA store " + locations + ": " + store);
            systemDefault = store;
        }
        return systemDefault;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
