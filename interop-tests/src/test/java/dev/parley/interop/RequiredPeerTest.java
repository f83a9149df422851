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

    @Test
    void aPerlWhoseModuleDoesNotLoadSkipsNamingThePackage() throws Exception {
        Path perl = fakePerl(2);
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> RequiredPeer.requirePerlModule(perl, "IO::Socket::SSL", "libio-socket-ssl-perl", false));
        assertTrue(skipped.getMessage().contains("IO::Socket::SSL does not load"), skipped.getMessage());
        assertTrue(skipped.getMessage().contains("apt-get install libio-socket-ssl-perl"), skipped.getMessage());
    }

    @Test
    void aPerlWhoseModuleDoesNotLoadFailsUnderCi() throws Exception {
        Path perl = fakePerl(2);
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> RequiredPeer.requirePerlModule(perl, "IO::Socket::SSL", "libio-socket-ssl-perl", true));
        assertTrue(failed.getMessage().startsWith("CI=true and the Perl module IO::Socket::SSL does not load"),
                failed.getMessage());
    }

    @Test
    void aPerlThatLoadsTheModuleIsUsed() throws Exception {
        Path perl = fakePerl(0);
        assertEquals(perl, RequiredPeer.requirePerlModule(perl, "IO::Socket::SSL", "libio-socket-ssl-perl", true));
    }

    /** A stand-in for perl that ignores its arguments and exits with {@code status}. */
    private Path fakePerl(int status) throws Exception {
        Path perl = bin.resolve("perl");
        Files.writeString(perl, "#!/bin/sh\nexit " + status + "\n");
        Files.setPosixFilePermissions(perl, PosixFilePermissions.fromString("rwx------"));
        return perl;
    }
}
