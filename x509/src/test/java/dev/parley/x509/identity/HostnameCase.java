package dev.parley.x509.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of {@code hostname-cases.txt}: a scheme, a suffix list, a presented identity, a
 * reference name, the expected verdict and the reason. The file's header explains the columns.
 */
record HostnameCase(int line, String scheme, String psl, String cn, String san, String reference,
        boolean expected, String why) {

    static final String RESOURCE = "hostname-cases.txt";

    /** Every case of the table, in file order. */
    static List<HostnameCase> all() throws IOException {
        List<HostnameCase> cases = new ArrayList<>();
        try (InputStream in = HostnameCase.class.getResourceAsStream(RESOURCE)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\\|", -1);
                if (columns.length != 7) {
                    throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected 7 columns");
                }
                String expect = columns[5].strip();
                if (!expect.equals("yes") && !expect.equals("no")) {
                    throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expect must be yes or no");
                }
                cases.add(new HostnameCase(i + 1, columns[0].strip(), columns[1].strip(), columns[2].strip(),
                        columns[3].strip(), columns[4].strip(), expect.equals("yes"), columns[6].strip()));
            }
        }
        return cases;
    }

    HostnameScheme toScheme() {
        if (!scheme.startsWith("custom:")) {
            return HostnameScheme.forName(scheme);
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String option : scheme.substring("custom:".length()).split(",")) {
            String[] keyValue = option.split("=", 2);
            options.put(keyValue[0].strip(), keyValue[1].strip());
        }
        return HostnameScheme.fromOptions(options);
    }

    PublicSuffixList toSuffixList() {
        return switch (psl) {
            case "full" -> PublicSuffixList.builtIn();
            case "icann" -> PublicSuffixList.builtIn().icannOnly();
            case "none" -> PublicSuffixList.none();
            default -> throw new IllegalStateException("line " + line + ": unknown psl " + psl);
        };
    }

    PresentedIdentity toIdentity() {
        List<SubjectAltName> entries = new ArrayList<>();
        if (!san.equals("-")) {
            for (String entry : san.split(",")) {
                String trimmed = entry.strip();
                if (trimmed.startsWith("DNS:")) {
                    entries.add(SubjectAltName.dns(trimmed.substring(4)));
                } else if (trimmed.startsWith("IP:")) {
                    entries.add(SubjectAltName.ip(trimmed.substring(3)));
                } else {
                    throw new IllegalStateException("line " + line + ": SAN entry " + trimmed);
                }
            }
        }
        return cn.equals("-") ? PresentedIdentity.of(entries) : PresentedIdentity.of(cn, entries);
    }

    /** IO::Socket::SSL's verdict where it deliberately differs, from a "[perl: yes|no]" marker. */
    Boolean perlDiffers() {
        if (why.contains("[perl: yes]")) {
            return Boolean.TRUE;
        }
        return why.contains("[perl: no]") ? Boolean.FALSE : null;
    }

    @Override
    public String toString() {
        return "line " + line + ": " + scheme + " / " + psl + " / CN=" + cn + " / SAN=" + san + " / '"
                + reference + "' -> " + (expected ? "yes" : "no") + " (" + why + ")";
    }
}
