package dev.parley.x509.trust;

import dev.parley.x509.Certificate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the system keeps its CA certificates, found the way the manual's default_ca finds them
 * (after OpenSSL): the file named by the environment variable {@code SSL_CERT_FILE} and the
 * directories named by {@code SSL_CERT_DIR} (colon-separated) come first; when neither is set,
 * the first bundle of {@link #BUNDLES} that exists, else the first directory of
 * {@link #DIRECTORIES} that holds certificates.
 *
 * @param file the bundle to read, if any
 * @param directories the directories to read
 */
public record DefaultTrustLocations(Optional<Path> file, List<Path> directories) {

    /**
     * The bundles of the usual systems, in order: Debian, Ubuntu, Gentoo, Arch; Fedora and RHEL;
     * OpenSUSE; RHEL 7 and later; Alpine, macOS, OpenBSD and FreeBSD; FreeBSD's ports.
     */
    public static final List<Path> BUNDLES = List.of(
            Path.of("/etc/ssl/certs/ca-certificates.crt"),
            Path.of("/etc/pki/tls/certs/ca-bundle.crt"),
            Path.of("/etc/ssl/ca-bundle.pem"),
            Path.of("/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"),
            Path.of("/etc/ssl/cert.pem"),
            Path.of("/usr/local/etc/ssl/cert.pem"),
            Path.of("/usr/local/share/certs/ca-root-nss.crt"));

    /** The hashed certificate directories of the usual systems, used when no bundle exists. */
    public static final List<Path> DIRECTORIES = List.of(
            Path.of("/etc/ssl/certs"),
            Path.of("/etc/pki/tls/certs"),
            Path.of("/system/etc/security/cacerts"));

    public DefaultTrustLocations {
        Objects.requireNonNull(file, "file");
        directories = List.copyOf(Objects.requireNonNull(directories, "directories"));
    }

    /**
     * The locations for the environment {@code environment} (a lookup such as
     * {@code System::getenv}; absent variables give null).
     */
    public static DefaultTrustLocations locate(Function<String, String> environment) {
        String file = environment.apply("SSL_CERT_FILE");
        String dirs = environment.apply("SSL_CERT_DIR");
        boolean fileSet = file != null && !file.isEmpty();
        boolean dirsSet = dirs != null && !dirs.isEmpty();
        if (fileSet || dirsSet) {
            List<Path> directories = new ArrayList<>();
            if (dirsSet) {
                for (String dir : dirs.split(":")) {
                    if (!dir.isEmpty()) {
                        directories.add(Path.of(dir));
                    }
                }
            }
            return new DefaultTrustLocations(fileSet ? Optional.of(Path.of(file)) : Optional.empty(), directories);
        }
        for (Path bundle : BUNDLES) {
            if (Files.isReadable(bundle) && Files.isRegularFile(bundle)) {
                return new DefaultTrustLocations(Optional.of(bundle), List.of());
            }
        }
        for (Path directory : DIRECTORIES) {
            if (Files.isDirectory(directory)) {
                return new DefaultTrustLocations(Optional.empty(), List.of(directory));
            }
        }
        return new DefaultTrustLocations(Optional.empty(), List.of());
    }

    /**
     * Reads the located bundle and directories. Like a directory, the system bundle is a
     * collection kept by other tools: a certificate that does not parse is skipped and named
     * in {@link TrustStore#problems()}.
     *
     * @throws IOException if a location cannot be read at all
     */
    public TrustStore load() throws IOException {
        List<Certificate> certificates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (file.isPresent()) {
            BundleReader.readInto(file.get(), certificates, problems);
        }
        for (Path directory : directories) {
            TrustDirectory.readInto(directory, certificates, problems);
        }
        return TrustStore.of(certificates, problems);
    }
}
