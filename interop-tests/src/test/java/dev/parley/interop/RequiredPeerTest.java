package dev.parley.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The missing-peer rule: found is used, missing skips on a developer's machine and fails under CI. */
class RequiredPeerTest {

    @TempDir
    Path bin;

    @Test
    void findsAnExecutableOnTheSearchPath() throws Exception {
        Path program = Files.createFile(bin.resolve("fake-peer"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        assertEquals(program, RequiredPeer.require("fake-peer", "fake-package", "/nonexistent:" + bin, true));
    }

    @Test
    void skipsWithWhatToInstallWhenMissingOutsideCi() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> RequiredPeer.require("fake-peer", "fake-package", bin.toString(), false));
        assertTrue(skipped.getMessage().contains("apt-get install fake-package"), skipped.getMessage());
    }

    @Test
    void failsWhenMissingUnderCi() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> RequiredPeer.require("fake-peer", "fake-package", bin.toString(), true));
        assertTrue(failed.getMessage().startsWith("CI=true and peer program 'fake-peer' is not on the PATH"),
                failed.getMessage());
    }

    @Test
    void aFileThatIsNotExecutableIsNoPeer() throws Exception {
        Files.createFile(bin.resolve("fake-peer"));
        assertThrows(TestAbortedException.class,
                () -> RequiredPeer.require("fake-peer", "fake-package", bin.toString(), false));
    }
}
