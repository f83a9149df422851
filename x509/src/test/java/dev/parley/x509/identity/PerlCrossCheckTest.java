package dev.parley.x509.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code perl-crosscheck.pl}: the whole hostname table against Perl's IO::Socket::SSL, on
 * real certificates OpenSSL makes for each row, with the same suffix list as the built-in one;
 * and {@code certs/perl-check-expectations.pl}: the verdicts listed for the openssl-made test
 * certificates.
 * The table never depends on Perl; this test only proves that every difference from
 * IO::Socket::SSL is one the table documents with a {@code [perl: ...]} marker.
 *
 * <p>Where Perl or IO::Socket::SSL is missing, the test is skipped, loudly (Debian:
 * {@code apt-get install libio-socket-ssl-perl}), except under CI ({@code CI=true}), where it fails.
 */
class PerlCrossCheckTest {

    @Test
    void ioSocketSslAgreesExceptWhereTheTableSaysItDiffers(@TempDir Path temp) throws Exception {
        requirePerl("the cross-check");
        Path suffixList = builtInListAsFile(temp);
        Process perl = new ProcessBuilder("perl", resource("perl-crosscheck.pl").toString(),
                resource(HostnameCase.RESOURCE).toString(), suffixList.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(perl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(perl.waitFor(5, TimeUnit.MINUTES), "perl did not finish");

        Map<String, Integer> summary = summary(output);
        assertEquals(0, summary.getOrDefault("UNEXPECTED", -1), output);
        assertEquals(0, summary.getOrDefault("MARKER-WRONG", -1), output);
        assertEquals(0, summary.getOrDefault("UNBUILDABLE", -1), output);
        int rows = HostnameCase.all().size();
        assertEquals(rows, summary.get("AGREE") + summary.get("DOCUMENTED"), output);
        assertEquals(0, perl.exitValue(), output);
        System.out.println("IO::Socket::SSL cross-check: " + summary);
    }

    @Test
    void ioSocketSslAgreesWithTheCertificateExpectations(@TempDir Path temp) throws Exception {
        requirePerl("the certificate check");
        Path suffixList = builtInListAsFile(temp);
        Process perl = new ProcessBuilder("perl", resource("certs/perl-check-expectations.pl").toString(),
                resource("certs/expectations.txt").toString(), suffixList.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(perl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(perl.waitFor(5, TimeUnit.MINUTES), "perl did not finish");
        assertTrue(output.contains("SUMMARY agree=31 differ=0"), output);
        assertEquals(0, perl.exitValue(), output);
    }

    private static Path builtInListAsFile(Path temp) throws IOException {
        Path suffixList = temp.resolve("public_suffix_list.dat");
        try (InputStream gz = PublicSuffixList.class.getResourceAsStream("public_suffix_list.dat.gz")) {
            Files.write(suffixList, new GZIPInputStream(gz).readAllBytes());
        }
        return suffixList;
    }

    private static Map<String, Integer> summary(String output) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("SUMMARY ")) {
                for (String pair : line.substring("SUMMARY ".length()).trim().split(" ")) {
                    String[] keyValue = pair.split("=");
                    counts.put(keyValue[0], Integer.parseInt(keyValue[1]));
                }
            }
        }
        assertTrue(counts.containsKey("AGREE"), "no SUMMARY line:\n" + output);
        return counts;
    }

    /** Skips loudly without Perl's IO::Socket::SSL, but fails under CI ({@code CI=true}), where it is installed. */
    private static void requirePerl(String what) {
        if (perlHasIoSocketSsl()) {
            return;
        }
        String message = "perl with IO::Socket::SSL is not available (Debian: apt-get install libio-socket-ssl-perl); "
                + what + " did not run";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + message);
        }
        Assumptions.abort(loud("SKIPPED: " + message));
    }

    private static boolean perlHasIoSocketSsl() {
        try {
            Process probe = new ProcessBuilder("perl", "-MIO::Socket::SSL", "-MIO::Socket::SSL::Utils", "-e1")
                    .redirectErrorStream(true)
                    .start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String loud(String message) {
        System.err.println("*** " + message + " ***");
        return message;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(PerlCrossCheckTest.class.getResource(name).toURI());
    }
}
