package dev.parley;

import dev.parley.record.ProtocolVersion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * IO::Socket::SSL's {@code SSL_version} syntax: names separated by {@code :}, any case, each
 * either a version to allow or, after {@code !}, one to exclude. {@code SSLv23} means "every
 * version"; a list of exclusions alone starts from every version too. So {@code TLSv1_3} allows
 * TLS 1.3 only, and the manual's {@code SSLv23:!SSLv3:!SSLv2} allows everything from TLS 1.0 up,
 * which in Parley is what Parley implements.
 *
 * <p>Asking for a version Parley does not implement is an error that says so; excluding one is
 * harmless and accepted, so strings written for OpenSSL keep working.
 */
final class VersionSyntax {

    /** The versions Parley's state machines speak, most preferred first. */
    static final List<ProtocolVersion> IMPLEMENTED = List.of(ProtocolVersion.TLS13);

    /** Every version the syntax can name, newest first, under its canonical name. */
    private static final Map<String, ProtocolVersion> CANONICAL = Map.of(
            "TLSv1_3", ProtocolVersion.TLS13, "TLSv1_2", ProtocolVersion.TLS12,
            "TLSv1_1", ProtocolVersion.TLS11, "TLSv1", ProtocolVersion.TLS10,
            "SSLv3", ProtocolVersion.SSL3, "SSLv2", new ProtocolVersion(0x0002));

    private static final List<String> ORDER = List.of("TLSv1_3", "TLSv1_2", "TLSv1_1", "TLSv1", "SSLv3", "SSLv2");

    private static final String VALID = "valid names are SSLv23 (every version), TLSv1_3 (also TLSv13, TLSv1.3), "
            + "TLSv1_2 (TLSv12, TLSv1.2), TLSv1_1 (TLSv11, TLSv1.1), TLSv1, SSLv3 and SSLv2, each optionally "
            + "preceded by '!' to exclude it, separated by ':'";

    private VersionSyntax() {
    }

    /**
     * The versions {@code spec} allows, most preferred first.
     *
     * @throws IllegalArgumentException naming the problem: an unknown name, a version Parley does
     *         not implement, or a list that leaves no version
     */
    static List<ProtocolVersion> parse(String spec) {
        String text = spec.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("SSL_version is empty; " + VALID);
        }
        Set<String> allowed = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        Set<String> excluded = new LinkedHashSet<>();
        boolean anyPositive = false;
        for (String token : text.split(":", -1)) {
            String word = token.strip();
            boolean exclude = word.startsWith("!");
            String name = canonical(exclude ? word.substring(1).strip() : word, spec);
            List<String> meant = name.equals("SSLv23") ? ORDER : List.of(name);
            if (exclude) {
                excluded.addAll(meant);
            } else {
                anyPositive = true;
                allowed.addAll(meant);
                if (!name.equals("SSLv23")) {
                    named.add(name);
                }
            }
        }
        if (!anyPositive) {
            allowed.addAll(ORDER);
        }
        allowed.removeAll(excluded);
        named.removeAll(excluded);
        return implementedAmong(allowed, named, spec);
    }

    private static List<ProtocolVersion> implementedAmong(Set<String> allowed, Set<String> named, String spec) {
        List<String> unimplementedNamed = named.stream()
                .filter(name -> !IMPLEMENTED.contains(CANONICAL.get(name))).toList();
        if (!unimplementedNamed.isEmpty()) {
            // A version named outright must exist; SSLv23 merely means "whatever there is".
            throw new IllegalArgumentException("SSL_version '" + spec + "' asks for "
                    + String.join(", ", unimplementedNamed) + ", which Parley does not implement"
                    + deprecation(unimplementedNamed) + "; Parley speaks " + String.join(", ", names(IMPLEMENTED)));
        }
        List<ProtocolVersion> versions = new ArrayList<>();
        for (String name : ORDER) {
            if (allowed.contains(name) && IMPLEMENTED.contains(CANONICAL.get(name))) {
                versions.add(CANONICAL.get(name));
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("SSL_version '" + spec + "' excludes every version Parley speaks ("
                    + String.join(", ", names(IMPLEMENTED)) + ")");
        }
        return List.copyOf(versions);
    }

    private static String deprecation(List<String> names) {
        boolean obsolete = names.stream().anyMatch(name -> !name.equals("TLSv1_2"));
        return obsolete ? " (SSL 2.0 and 3.0 are broken, TLS 1.0 and 1.1 deprecated by RFC 8996)" : " yet";
    }

    private static String canonical(String word, String spec) {
        String key = word.toLowerCase(Locale.ROOT).replace('.', '_');
        return switch (key) {
            case "sslv23", "tls" -> "SSLv23";
            case "tlsv1_3", "tlsv13" -> "TLSv1_3";
            case "tlsv1_2", "tlsv12" -> "TLSv1_2";
            case "tlsv1_1", "tlsv11" -> "TLSv1_1";
            case "tlsv1", "tlsv1_0", "tlsv10" -> "TLSv1";
            case "sslv3" -> "SSLv3";
            case "sslv2" -> "SSLv2";
            default -> throw new IllegalArgumentException("unknown version '" + word + "' in SSL_version '" + spec
                    + "'; " + VALID);
        };
    }

    /** IO::Socket::SSL's name of {@code version} ({@code TLSv1_3}), as {@code get_sslversion} gives it. */
    static String name(ProtocolVersion version) {
        for (Map.Entry<String, ProtocolVersion> entry : CANONICAL.entrySet()) {
            if (entry.getValue().equals(version)) {
                return entry.getKey();
            }
        }
        return version.toString();
    }

    private static List<String> names(List<ProtocolVersion> versions) {
        return versions.stream().map(VersionSyntax::name).toList();
    }
}
