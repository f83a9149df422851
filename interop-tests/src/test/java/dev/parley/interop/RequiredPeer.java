package dev.parley.interop;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The rule for a peer program that is not installed: on a developer's machine its tests are
 * skipped, loudly, with the package to install; under CI (the environment has {@code CI=true})
 * they fail, so a CI image that lost a peer cannot pass by testing nothing.
 *
 * <pre>{@code
 * Path openssl = RequiredPeer.OPENSSL.require();
 * Path perl = RequiredPeer.requirePerlModule("IO::Socket::SSL", "libio-socket-ssl-perl");
 * }</pre>
 */
enum RequiredPeer {

    OPENSSL("openssl", "openssl"),
    GNUTLS_SERV("gnutls-serv", "gnutls-bin"),
    GNUTLS_CLI("gnutls-cli", "gnutls-bin"),
    /** GNU coreutils' {@code stdbuf}: gnutls-serv and gnutls-cli buffer their output in a pipe without it. */
    STDBUF("stdbuf", "coreutils"),
    /** Perl itself; {@link #requirePerlModule} also checks the module a test runs under it. */
    PERL("perl", "perl");

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
        return missing("peer program '" + program + "' is not on the PATH", debianPackage, underCi);
    }

    /**
     * Perl with {@code module} loadable ({@code perl -M<module> -e1} succeeds), for a peer written in
     * Perl: the path of perl, else the same skip (or failure under CI) naming {@code debianPackage}.
     */
    static Path requirePerlModule(String module, String debianPackage) {
        boolean underCi = "true".equalsIgnoreCase(System.getenv("CI"));
        Path perl = require(PERL.program, debianPackage, System.getenv("PATH"), underCi);
        return requirePerlModule(perl, module, debianPackage, underCi);
    }

    /** The module check itself, with perl and the environment passed in. */
    static Path requirePerlModule(Path perl, String module, String debianPackage, boolean underCi) {
        int exit;
        String output;
        try {
            Process check = new ProcessBuilder(perl.toString(), "-M" + module, "-e1").redirectErrorStream(true).start();
            check.getOutputStream().close();
            output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!check.waitFor(PeerProcess.PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                check.destroyForcibly();
                fail(perl + " -M" + module + " -e1 did not exit");
            }
            exit = check.exitValue();
        } catch (IOException e) {
            exit = -1;
            output = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted checking for the Perl module " + module);
        }
        if (exit == 0) {
            return perl;
        }
        return missing("the Perl module " + module + " does not load (" + perl + " -M" + module + " -e1 exited with "
                + exit + (output.isEmpty() ? "" : ": " + output.lines().findFirst().orElse("")) + ")",
                debianPackage, underCi);
    }

    /** Skips the calling test, or fails it under CI, saying what is missing and what to install. */
    private static Path missing(String what, String debianPackage, boolean underCi) {
        String message = what + "; install it (Debian: apt-get install " + debianPackage + ") to run these interop tests";
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
