package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code curl --cacert ca.pem https://localhost:PORT/} against {@code parley server --www}: a
 * client nobody here wrote reads the page. Without curl the test is skipped, loudly, unless
 * {@code CI=true}, where it fails.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CurlTest {

    private static boolean curlPresent() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, "curl").canExecute()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void curlReadsTheWwwPage() throws Exception {
        if (!curlPresent()) {
            String message = "curl is not on PATH: the curl interop test did not run";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI=true requires it)");
            }
            System.err.println("SKIPPED LOUDLY: " + message);
            Assumptions.assumeTrue(false, message);
        }
        Pki pki = Pki.get();
        Runs.Server server = Runs.server("server", "--port", "0", "--bind", "127.0.0.1", "--cert",
                pki.path("server.pem"), "--key", pki.path("server.key"), "--www", "--naccept", "1");
        Process curl = new ProcessBuilder("curl", "--silent", "--show-error", "--include", "--max-time", "30",
                "--cacert", pki.path("ca.pem"), "--resolve", "localhost:" + server.port() + ":127.0.0.1",
                "https://localhost:" + server.port() + "/").redirectErrorStream(true).start();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(curl.waitFor(40, TimeUnit.SECONDS), "curl ended");
        assertEquals(0, curl.exitValue(), output);
        assertTrue(output.startsWith("HTTP/1.0 200 OK"), output);
        assertTrue(output.contains("protocol            TLSv1.3"), output);
        assertTrue(output.contains("SNI                 localhost"), output);
        assertTrue(output.contains("request             GET / HTTP/1.1"), output);
        assertEquals(0, server.awaitEnd().exitCode());
    }
}
