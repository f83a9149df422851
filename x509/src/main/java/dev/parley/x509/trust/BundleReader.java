package dev.parley.x509.trust;

import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.pem.Pem;
import dev.parley.x509.pem.PemBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a system bundle leniently: each CERTIFICATE block on its own, a block that does not
 * parse recorded as a problem instead of failing the whole bundle.
 */
final class BundleReader {

    private BundleReader() {
    }

    static void readInto(Path file, List<Certificate> certificates, List<String> problems) throws IOException {
        if (Files.size(file) > Pem.MAX_FILE_LENGTH) {
            throw new IOException(file + " is larger than " + Pem.MAX_FILE_LENGTH + " octets");
        }
        List<PemBlock> blocks;
        try {
            blocks = Pem.blocks(Files.readAllBytes(file));
        } catch (X509Exception e) {
            problems.add(file + ": " + e.getMessage());
            return;
        }
        int index = 0;
        for (PemBlock block : blocks) {
            index++;
            if (!block.label().equals(PemBlock.CERTIFICATE)) {
                continue;
            }
            try {
                certificates.add(Certificate.parse(block.content()));
            } catch (X509Exception e) {
                problems.add(file + " block " + index + ": " + e.getMessage());
            }
        }
    }
}
