package dev.parley;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.KeyLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An SSLKEYLOGFILE writer: appends one line per secret in the NSS key log format
 * ({@code CLIENT_HANDSHAKE_TRAFFIC_SECRET <client random> <secret>}, lower-case hex), which
 * Wireshark reads to decrypt a capture (Preferences, Protocols, TLS, "(Pre)-Master-Secret log
 * filename").
 *
 * <p>Security: the file decrypts every connection logged in it. It is created readable by its
 * owner only (where the file system has POSIX permissions), and every config that logs says so
 * once at WARNING. One writer per file, so connections of several configs never interleave
 * within a line.
 */
final class KeyLogFile implements KeyLog {

    private static final Map<Path, KeyLogFile> OPEN = new ConcurrentHashMap<>();

    private final Path file;

    private KeyLogFile(Path file) {
        this.file = file;
    }

    /** The writer for {@code file}. */
    static KeyLogFile of(Path file) {
        Path key = file.toAbsolutePath().normalize();
        return OPEN.computeIfAbsent(key, KeyLogFile::new);
    }

    /** The file named by the system property {@code parley.keylogfile} or the variable {@code SSLKEYLOGFILE}. */
    static Optional<Path> fromEnvironment() {
        String value = System.getProperty("parley.keylogfile");
        if (value == null || value.isBlank()) {
            value = System.getenv("SSLKEYLOGFILE");
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /** The NSS format line for one secret, without the line break. */
    static String line(String label, Bytes clientRandom, byte[] secret) {
        return label + " " + clientRandom.toHex() + " " + HexFormat.of().formatHex(secret);
    }

    @Override
    public synchronized void log(String label, Bytes clientRandom, byte[] secret) {
        byte[] line = (line(label, clientRandom, secret) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            createPrivately();
            Files.write(file, line, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the key log " + file, e);
        }
    }

    private void createPrivately() throws IOException {
        if (Files.exists(file)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    @Override
    public String toString() {
        return "KeyLogFile[" + file + "]";
    }
}
