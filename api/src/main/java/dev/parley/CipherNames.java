package dev.parley;

import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.record.ProtocolVersion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The cipher suites Parley has, under their IANA names ({@code TLS_AES_128_GCM_SHA256},
 * {@code TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}) and OpenSSL names
 * ({@code ECDHE-RSA-AES128-GCM-SHA256}), and the reading of a cipher list in the syntax of
 * IO::Socket::SSL's {@code SSL_cipher_list} and {@code SSL_ciphersuites}.
 *
 * <p>A list is names separated by {@code :}, {@code ,} or spaces, in order of preference.
 * {@code DEFAULT}, {@code ALL} and {@code HIGH} stand for every suite Parley has (all are AEADs
 * with forward secrecy); the empty list means the defaults. A name after {@code !} or {@code -}
 * removes that suite; OpenSSL's keywords for weak families ({@code !aNULL}, {@code !RC4},
 * {@code !MD5}, ...) are accepted and change nothing, since Parley has none of those suites.
 * Any other name is an error that lists the valid ones.
 */
final class CipherNames {

    /** One suite with its names; {@code version} is the protocol it belongs to. */
    private record Entry(CipherSuite suite, String iana, String openssl, ProtocolVersion version) {
    }

    private static final List<Entry> ENTRIES = List.of(
            tls13(CipherSuite.TLS_AES_128_GCM_SHA256),
            tls13(CipherSuite.TLS_AES_256_GCM_SHA384),
            tls13(CipherSuite.TLS_CHACHA20_POLY1305_SHA256),
            tls12(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, "ECDHE-ECDSA-AES128-GCM-SHA256"),
            tls12(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, "ECDHE-ECDSA-AES256-GCM-SHA384"),
            tls12(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, "ECDHE-RSA-AES128-GCM-SHA256"),
            tls12(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, "ECDHE-RSA-AES256-GCM-SHA384"),
            tls12(CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, "ECDHE-ECDSA-CHACHA20-POLY1305"),
            tls12(CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, "ECDHE-RSA-CHACHA20-POLY1305"));

    /** OpenSSL keywords for suite families Parley never has; excluding them is a no-op. */
    private static final Set<String> ABSENT_FAMILIES = Set.of("anull", "enull", "null", "exp", "export", "low",
            "medium", "rc4", "des", "3des", "md5", "psk", "srp", "dss", "dh", "edh", "adh", "aecdh", "seed",
            "idea", "camellia", "aria", "sha1", "kdhe", "krsa", "cbc", "sslv3");

    private static final Set<String> EVERYTHING = Set.of("default", "all", "high", "complementofdefault");

    private CipherNames() {
    }

    private static Entry tls13(CipherSuite suite) {
        String name = suite.registeredName().orElseThrow();
        return new Entry(suite, name, name, ProtocolVersion.TLS13);
    }

    private static Entry tls12(CipherSuite suite, String openssl) {
        return new Entry(suite, suite.registeredName().orElseThrow(), openssl, ProtocolVersion.TLS12);
    }

    /** The suites usable with {@code versions}, in Parley's order of preference. */
    static List<CipherSuite> defaults(List<ProtocolVersion> versions) {
        return ENTRIES.stream().filter(e -> versions.contains(e.version())).map(Entry::suite).toList();
    }

    /**
     * The suites {@code list} names, in its order, among those usable with {@code versions}.
     *
     * @throws IllegalArgumentException for an unknown name (listing the valid ones), a suite of a
     *         version not enabled, or a list that leaves nothing
     */
    static List<CipherSuite> parse(String list, List<ProtocolVersion> versions) {
        Set<CipherSuite> chosen = new LinkedHashSet<>();
        Set<CipherSuite> removed = new LinkedHashSet<>();
        String[] words = list.strip().split("[:,\\s]+");
        boolean anyPositive = false;
        for (String raw : words) {
            if (raw.isEmpty()) {
                continue;
            }
            boolean exclude = raw.startsWith("!") || raw.startsWith("-");
            String word = exclude ? raw.substring(1) : raw.startsWith("+") ? raw.substring(1) : raw;
            String key = word.toLowerCase(Locale.ROOT);
            if (EVERYTHING.contains(key)) {
                (exclude ? removed : chosen).addAll(defaults(versions));
                anyPositive |= !exclude;
                continue;
            }
            if (exclude && ABSENT_FAMILIES.contains(key)) {
                continue;
            }
            Entry entry = find(word).orElseThrow(() -> unknown(word, versions));
            if (!versions.contains(entry.version())) {
                if (exclude) {
                    continue;
                }
                throw new IllegalArgumentException("cipher " + word + " is a " + VersionSyntax.name(entry.version())
                        + " suite, but the enabled versions are " + versionNames(versions) + "; valid names are "
                        + validNames(versions));
            }
            if (exclude) {
                removed.add(entry.suite());
            } else {
                anyPositive = true;
                chosen.add(entry.suite());
            }
        }
        if (!anyPositive) {
            chosen.addAll(defaults(versions));
        }
        chosen.removeAll(removed);
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("cipher list '" + list + "' leaves no cipher suite; valid names are "
                    + validNames(versions));
        }
        return List.copyOf(chosen);
    }

    /** The IANA name of {@code suite}, or its code for a suite Parley does not know. */
    static String ianaName(CipherSuite suite) {
        return suite.toString();
    }

    /** The OpenSSL name of {@code suite} (the IANA name for TLS 1.3 suites, as OpenSSL prints them). */
    static String opensslName(CipherSuite suite) {
        return ENTRIES.stream().filter(e -> e.suite().equals(suite)).map(Entry::openssl).findFirst()
                .orElse(suite.toString());
    }

    private static Optional<Entry> find(String word) {
        return ENTRIES.stream()
                .filter(e -> e.iana().equalsIgnoreCase(word) || e.openssl().equalsIgnoreCase(word))
                .findFirst();
    }

    private static IllegalArgumentException unknown(String word, List<ProtocolVersion> versions) {
        return new IllegalArgumentException("unknown cipher '" + word + "'; valid names are " + validNames(versions)
                + ", or DEFAULT/ALL/HIGH for all of them, each optionally preceded by '!' to remove it");
    }

    private static String validNames(List<ProtocolVersion> versions) {
        List<String> names = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            if (versions.contains(entry.version())) {
                names.add(entry.iana().equals(entry.openssl()) ? entry.iana()
                        : entry.iana() + " (" + entry.openssl() + ")");
            }
        }
        return String.join(", ", names);
    }

    private static String versionNames(List<ProtocolVersion> versions) {
        return String.join(", ", versions.stream().map(VersionSyntax::name).toList());
    }
}
