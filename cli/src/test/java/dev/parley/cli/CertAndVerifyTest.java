package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.KeyType;
import dev.parley.x509.Certificate;
import dev.parley.x509.key.CertifiedKey;
import dev.parley.x509.key.PasswordCallback;
import dev.parley.x509.name.GeneralName;
import dev.parley.x509.pem.KeyFile;
import dev.parley.x509.pem.Pem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley cert} writes files the x509 module reads back; {@code parley verify} accepts and refuses. */
class CertAndVerifyTest {

    @TempDir
    Path dir;

    private String at(String name) {
        return dir.resolve(name).toString();
    }

    private Runs.Result makeCaAndLeaf(String... leafOptions) {
        assertEquals(0, Runs.run("cert", "ca", "--out", at("ca")).exitCode());
        String[] args = Stream.concat(Stream.of("cert", "leaf", "--ca", at("ca"), "--out", at("server")),
                Stream.of(leafOptions)).toArray(String[]::new);
        return Runs.run(args);
    }

    @Test
    void aCaAndALeafWithSansAreWrittenAndReadBack() throws Exception {
        Runs.Result leaf = makeCaAndLeaf("--san", "localhost,127.0.0.1,::1,www.example.test");
        assertEquals(0, leaf.exitCode(), leaf.err());
        assertTrue(leaf.out().contains("wrote " + at("server.pem")), leaf.out());
        CertifiedKey ca = KeyFile.certifiedKey(dir.resolve("ca.pem"), dir.resolve("ca.key"),
                PasswordCallback.of(new char[0]), Pki.CRYPTO);
        CertifiedKey server = KeyFile.certifiedKey(dir.resolve("server.pem"), dir.resolve("server.key"),
                PasswordCallback.of(new char[0]), Pki.CRYPTO);
        assertEquals("CN=Parley CA ca", ca.certificate().subject().toString());
        assertEquals(List.of(server.certificate(), ca.certificate()), server.chain(), "the leaf, then its CA");
        assertEquals("CN=localhost", server.certificate().subject().toString());
        List<GeneralName> sans = server.certificate().extensions().subjectAlternativeName().orElseThrow().names();
        assertEquals(4, sans.size(), sans.toString());
        assertEquals(new GeneralName.DnsName("localhost"), sans.get(0));
        assertEquals(new GeneralName.DnsName("www.example.test"), sans.get(1));
        assertTrue(sans.get(2) instanceof GeneralName.IpAddress, sans.toString());
        assertEquals(KeyType.EC, server.privateKey().type());
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("server.key"))));
        }
    }

    @Test
    void keyTypeSubjectAndDaysAreHonoured() throws Exception {
        Runs.Result leaf = makeCaAndLeaf("--san", "a.test", "--key-type", "ed25519", "--subject", "CN=Leaf,O=Org",
                "--days", "2");
        assertEquals(0, leaf.exitCode(), leaf.err());
        Certificate certificate = Pem.certificates(dir.resolve("server.pem")).get(0);
        assertEquals("CN=Leaf,O=Org", certificate.subject().toString());
        Duration lifetime = Duration.between(certificate.validity().notBefore(), certificate.validity().notAfter());
        assertTrue(lifetime.compareTo(Duration.ofDays(3)) < 0 && lifetime.compareTo(Duration.ofDays(2)) >= 0,
                lifetime.toString());
        assertEquals(KeyType.ED25519, KeyFile.read(dir.resolve("server.key")).privateKey().type());
    }

    @Test
    void existingFilesAreNeverOverwritten() {
        assertEquals(0, Runs.run("cert", "ca", "--out", at("ca")).exitCode());
        Runs.Result again = Runs.run("cert", "ca", "--out", at("ca"));
        assertEquals(Main.FAILED, again.exitCode());
        assertTrue(again.err().startsWith("parley: " + at("ca.key") + " already exists"), again.err());
    }

    @Test
    void aMissingCaIsOneLineAndExitCodeOne() {
        Runs.Result result = Runs.run("cert", "leaf", "--ca", at("nope"), "--san", "x", "--out", at("s"));
        assertEquals(Main.FAILED, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("nope.pem"), result.err());
    }

    @Test
    void verifyAcceptsTheChainAndPrintsThePath() {
        makeCaAndLeaf("--san", "localhost,127.0.0.1");
        Runs.Result ok = Runs.run("verify", "--ca", at("ca.pem"), "--host", "localhost", at("server.pem"));
        assertEquals(0, ok.exitCode(), ok.out());
        assertEquals(at("server.pem") + ": OK, valid for localhost\n  leaf   CN=localhost\n  anchor CN=Parley CA ca\n",
                ok.out());
        assertEquals(0, Runs.run("verify", "--ca", at("ca.pem"), "--host", "127.0.0.1", at("server.pem")).exitCode());
        assertEquals(0, Runs.run("verify", "--ca", dir.toString(), at("server.pem")).exitCode(), "a CA directory");
    }

    @Test
    void verifyRefusesEachFailureInOneLine() throws Exception {
        makeCaAndLeaf("--san", "localhost");
        assertEquals(0, Runs.run("cert", "ca", "--out", at("other")).exitCode());
        assertRefused("the certificate is not for 'example.com' under scheme http",
                "verify", "--ca", at("ca.pem"), "--host", "example.com", at("server.pem"));
        assertRefused("untrusted root", "verify", "--ca", at("other.pem"), at("server.pem"));
        Files.createDirectory(dir.resolve("impostor"));
        assertEquals(0, Runs.run("cert", "ca", "--out", dir.resolve("impostor").resolve("ca").toString()).exitCode());
        Files.writeString(dir.resolve("leaf-only.pem"), Files.readString(dir.resolve("server.pem")).split("(?<=-----END CERTIFICATE-----\n)")[0]);
        assertRefused("", "verify", "--ca", dir.resolve("impostor").resolve("ca.pem").toString(), at("leaf-only.pem"));
        Files.writeString(dir.resolve("empty.pem"), "no certificates here\n");
        assertRefused("neither PEM nor", "verify", "--ca", at("ca.pem"), at("empty.pem"));
        assertRefused("no trust anchor in " + at("leaf-only.pem"), "verify", "--ca", at("leaf-only.pem"), at("server.pem"));
        Runs.Result missing = Runs.run("verify", "--ca", at("ca.pem"), at("missing.pem"));
        assertEquals(Main.FAILED, missing.exitCode());
        assertEquals("parley: " + at("missing.pem") + ": no such file\n", missing.err());
    }

    private static void assertRefused(String reason, String... args) {
        Runs.Result result = Runs.run(args);
        assertEquals(Main.FAILED, result.exitCode(), result.out());
        assertEquals(1, result.out().lines().count(), result.out());
        assertTrue(result.out().startsWith("FAILED: ") && result.out().contains(reason), result.out());
    }
}
