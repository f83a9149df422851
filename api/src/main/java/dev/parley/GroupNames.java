package dev.parley;

import dev.parley.handshake.codepoint.NamedGroup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The key-exchange groups Parley has, under the names IO::Socket::SSL's {@code SSL_ecdh_curve}
 * accepts: a preference list separated by {@code :} (or {@code ,}), with NIST, SEC and OpenSSL
 * spellings ({@code P-256}, {@code secp256r1}, {@code prime256v1}), {@code X25519}, {@code X448}
 * and the RFC 7919 groups ({@code ffdhe2048} ...), in any case. {@code auto} means the defaults.
 * An unknown name, or one Parley knows but has no key agreement for, is an error that lists the
 * valid names.
 */
final class GroupNames {

    /** The groups offered when none are configured: DESIGN.md "Defaults". */
    static final List<NamedGroup> DEFAULTS = List.of(NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.SECP384R1);

    private static final Map<String, NamedGroup> BY_NAME = index();

    private GroupNames() {
    }

    private static Map<String, NamedGroup> index() {
        Map<String, NamedGroup> names = new TreeMap<>();
        names.put("x25519", NamedGroup.X25519);
        names.put("x448", NamedGroup.X448);
        names.put("p-256", NamedGroup.SECP256R1);
        names.put("secp256r1", NamedGroup.SECP256R1);
        names.put("prime256v1", NamedGroup.SECP256R1);
        names.put("p-384", NamedGroup.SECP384R1);
        names.put("secp384r1", NamedGroup.SECP384R1);
        names.put("p-521", NamedGroup.SECP521R1);
        names.put("secp521r1", NamedGroup.SECP521R1);
        names.put("ffdhe2048", NamedGroup.FFDHE2048);
        names.put("ffdhe3072", NamedGroup.FFDHE3072);
        names.put("ffdhe4096", NamedGroup.FFDHE4096);
        names.put("ffdhe6144", NamedGroup.FFDHE6144);
        names.put("ffdhe8192", NamedGroup.FFDHE8192);
        names.put("x25519mlkem768", NamedGroup.X25519MLKEM768);
        return names;
    }

    /**
     * The groups {@code list} names, in its order.
     *
     * @throws IllegalArgumentException for an unknown or unimplemented name, or an empty list
     */
    static List<NamedGroup> parse(String list) {
        String text = list.strip();
        if (text.equalsIgnoreCase("auto")) {
            return DEFAULTS;
        }
        Set<NamedGroup> groups = new LinkedHashSet<>();
        for (String word : text.split("[:,\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            NamedGroup group = BY_NAME.get(word.toLowerCase(Locale.ROOT));
            if (group == null) {
                throw new IllegalArgumentException("unknown group '" + word + "' in SSL_ecdh_curve '" + list
                        + "'; valid names are " + validNames() + ", or auto for the defaults");
            }
            if (group.keyAgreement().isEmpty()) {
                throw new IllegalArgumentException("group " + word + " is not implemented by Parley yet; valid names are "
                        + validNames());
            }
            groups.add(group);
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("SSL_ecdh_curve names no group; valid names are " + validNames());
        }
        return List.copyOf(groups);
    }

    /** The names of the implemented groups, grouped by group: {@code P-256 (secp256r1, prime256v1)}. */
    static String validNames() {
        Map<NamedGroup, List<String>> byGroup = new java.util.LinkedHashMap<>();
        for (NamedGroup group : List.of(NamedGroup.X25519, NamedGroup.X448, NamedGroup.SECP256R1,
                NamedGroup.SECP384R1, NamedGroup.SECP521R1, NamedGroup.FFDHE2048, NamedGroup.FFDHE3072,
                NamedGroup.FFDHE4096)) {
            if (group.keyAgreement().isPresent()) {
                byGroup.put(group, new ArrayList<>());
            }
        }
        BY_NAME.forEach((name, group) -> {
            if (byGroup.containsKey(group)) {
                byGroup.get(group).add(display(name));
            }
        });
        List<String> parts = new ArrayList<>();
        byGroup.forEach((group, names) -> {
            String first = names.stream().filter(n -> n.startsWith("P-") || n.startsWith("X")).findFirst()
                    .orElse(names.get(0));
            List<String> others = names.stream().filter(n -> !n.equals(first)).toList();
            parts.add(others.isEmpty() ? first : first + " (" + String.join(", ", others) + ")");
        });
        return String.join(", ", parts);
    }

    private static String display(String name) {
        return name.startsWith("p-") || name.startsWith("x") ? name.toUpperCase(Locale.ROOT) : name;
    }
}
