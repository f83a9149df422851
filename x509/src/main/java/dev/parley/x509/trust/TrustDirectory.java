package dev.parley.x509.trust;

import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.pem.Pem;
import dev.parley.x509.pem.PemBlock;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a directory of CA certificates, the manual's SSL_ca_path: OpenSSL's hash links
 * ({@code 9d66eef0.0}, as {@code openssl rehash} names them) and any {@code *.pem}, {@code *.crt}
 * or {@code *.cer} file, PEM or DER. Links are followed; a certificate reachable under several
 * names counts once.
 *
 * <p>A directory is a collection kept by other tools, so one unreadable file does not make the
 * whole store fail: it is skipped and named in {@link TrustStore#problems()}. CERTIFICATE blocks
 * are read; other blocks (keys, CRLs, OpenSSL's TRUSTED CERTIFICATE with its trust settings) are
 * skipped. At most {@link #MAX_FILES} files are read.
 */
final class TrustDirectory {

    /** A bound on the files one directory may contribute. */
    static final int MAX_FILES = 10_000;

    private static final Pattern HASH_LINK = Pattern.compile("[0-9a-f]{8}\\.[0-9]+");

    private TrustDirectory() {
    }

    static TrustStore read(Path directory) throws IOException {
        List<Certificate> certificates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        readInto(directory, certificates, problems);
        return TrustStore.of(certificates, problems);
    }

    static void readInto(Path directory, List<Certificate> certificates, List<String> problems) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, TrustDirectory::isCandidate)) {
            for (Path entry : entries) {
                if (files.size() == MAX_FILES) {
                    problems.add(directory + ": more than " + MAX_FILES + " files; the rest were not read");
                    break;
                }
                files.add(entry);
            }
        }
        files.sort(null);
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                certificates.addAll(certificatesOf(file));
            } catch (IOException | X509Exception e) {
                problems.add(file + ": " + e.getMessage());
            }
        }
    }

    /** Every CERTIFICATE block of a PEM file, or the one certificate of a DER file. */
    static List<Certificate> certificatesOf(Path file) throws IOException, X509Exception {
        if (Files.size(file) > Pem.MAX_FILE_LENGTH) {
            throw new IOException("larger than " + Pem.MAX_FILE_LENGTH + " octets");
        }
        byte[] content = Files.readAllBytes(file);
        if (!Pem.looksLikePem(content)) {
            return List.of(Certificate.parse(content));
        }
        List<Certificate> certificates = new ArrayList<>();
        for (PemBlock block : Pem.blocks(content)) {
            if (block.label().equals(PemBlock.CERTIFICATE)) {
                certificates.add(Certificate.parse(block.content()));
            }
        }
        return certificates;
    }

    private static boolean isCandidate(Path entry) {
        String name = entry.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return HASH_LINK.matcher(name).matches() || lower.endsWith(".pem") || lower.endsWith(".crt") || lower.endsWith(".cer");
    }
}
