package dev.parley.interop;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The rule for a peer program that is not installed: on a developer's machine its tests are
 * skipped, loudly, with the package to install; under CI (the environment has {@code CI=true})
 * they fail, so a CI image that lost a peer cannot pass by testing nothing.
 *
 * <pre>{@code
 * Path openssl = RequiredPeer.OPENSSL.require();
 * }</pre>
 */
enum RequiredPeer {

    OPENSSL("openssl", "openssl"),
    GNUTLS_SERV("gnutls-serv", "gnutls-bin"),
    GNUTLS_CLI("gnutls-cli", "gnutls-bin"),
    /** GNU coreutils' {@code stdbuf}: gnutls-serv and gnutls-cli buffer their output in a pipe without it. */
    STDBUF("stdbuf", "coreutils");

    private final String program;
    private final String debianPackage;

    RequiredPeer(String program, String debianPackage) {
        this.program = program;
        this.debianPackage = debianPackage;
    }

    /** The program's path; skips the calling test (or fails it under CI) when it is not on the PATH. */
    Path require() {
        return require(program, debianPackage, System.getenv("PATH"), "true".equalsIgnoreCase(System.getenv("CI")));
    }

    /**
     * The rule itself, with the environment passed in: {@code program} found on {@code searchPath},
     * else a failed test when {@code underCi}, else a skipped one; both messages say what to install.
     */
    static Path require(String program, String debianPackage, String searchPath, boolean underCi) {
        Optional<Path> found = find(program, searchPath);
        if (found.isPresent()) {
            return found.get();
        }
        String message = "peer program '" + program + "' is not on the PATH; install it (Debian: apt-get install "
                + debianPackage + ") to run these interop tests";
        if (underCi) {
            fail("CI=true and " + message);
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
        throw new AssertionError("unreachable: Assumptions.abort returned");
    }

    /** The program's name, as it is called. */
    String program() {
        return program;
    }

    private static Optional<Path> find(String program, String searchPath) {
        if (searchPath == null) {
            return Optional.empty();
        }
        for (String directory : searchPath.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
