package dev.parley.x509.identity;

import dev.parley.crypto.Bytes;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A set of hostname verification rules, as IO::Socket::SSL names them in its
 * {@code SSL_verifycn_scheme} option: predefined per application protocol, or built from its four
 * knobs, or a user callback.
 *
 * <table>
 *   <caption>The predefined schemes (RFC 6125 Appendix B surveys the protocols' rules)</caption>
 *   <tr><th>names</th><th>check_cn</th><th>wildcards_in_alt</th><th>wildcards_in_cn</th><th>ip_in_cn</th></tr>
 *   <tr><td>default</td><td>always</td><td>anywhere</td><td>anywhere</td><td>both</td></tr>
 *   <tr><td>rfc2818, xmpp/rfc3920, ftp/rfc4217</td><td>when_only</td><td>anywhere</td><td>anywhere</td><td>no</td></tr>
 *   <tr><td>http/www</td><td>when_only</td><td>anywhere</td><td>anywhere</td><td>IPv4</td></tr>
 *   <tr><td>smtp/rfc2595, imap, pop3, acap/rfc4642, nntp/rfc5539, netconf/rfc5538,
 *       syslog/rfc5425, snmp/rfc5953</td><td>always</td><td>full_label</td><td>full_label</td><td>no</td></tr>
 *   <tr><td>ldap/rfc4513</td><td>always</td><td>full_label</td><td>none</td><td>no</td></tr>
 *   <tr><td>sip/rfc5922</td><td>always</td><td>none</td><td>none</td><td>no</td></tr>
 *   <tr><td>gist/rfc5971</td><td>when_only</td><td>full_label</td><td>full_label</td><td>no</td></tr>
 *   <tr><td>none</td><td colspan="4">no check at all: every name matches</td></tr>
 * </table>
 *
 * <p>What the knobs mean is written on {@link CheckCn}, {@link Wildcards} and {@link IpInCn};
 * {@link HostnameVerifier} applies them.
 */
public final class HostnameScheme {

    /** Whether the subject's common name is consulted. */
    public enum CheckCn {
        /** Never; only subjectAltName entries count. */
        NEVER,
        /** Always, after the subjectAltName entries (IO::Socket::SSL {@code always}). */
        ALWAYS,
        /**
         * Only when the certificate has no dNSName entry, and for an IP reference name only when
         * it has no dNSName and no iPAddress entry (RFC 6125 §6.4.4; IO::Socket::SSL
         * {@code when_only}).
         */
        WHEN_ONLY;

        /** Parses IO::Socket::SSL's text: {@code 0}/{@code never}, {@code always}, {@code when_only}. */
        public static CheckCn fromText(String text) {
            return switch (DomainLabels.asciiLowerCase(text.strip())) {
                case "0", "", "never", "no" -> NEVER;
                case "always" -> ALWAYS;
                case "when_only" -> WHEN_ONLY;
                default -> throw new IllegalArgumentException(
                        "check_cn must be one of 0, never, always, when_only; got '" + text + "'");
            };
        }
    }

    /** Where a presented DNS name may carry a wildcard. */
    public enum Wildcards {
        /** Nowhere: a {@code *} is an ordinary character and so matches nothing. */
        NONE,
        /** Only as the whole leftmost label: {@code *.example.com}. */
        FULL_LABEL,
        /**
         * Anywhere inside the leftmost label: {@code *.example.com}, {@code www*.example.com},
         * {@code *w.example.com}, {@code w*w.example.com}; the {@code *} stands for at least one
         * character, and a partial wildcard never matches an A-label (RFC 6125 §6.4.3 rule 3).
         */
        ANYWHERE;

        /**
         * Parses IO::Socket::SSL's text: {@code 0}/{@code none}, {@code full_label} (or its old
         * name {@code leftmost}), {@code anywhere}.
         */
        public static Wildcards fromText(String text) {
            return switch (DomainLabels.asciiLowerCase(text.strip())) {
                case "0", "", "none", "no" -> NONE;
                case "full_label", "leftmost" -> FULL_LABEL;
                case "anywhere" -> ANYWHERE;
                default -> throw new IllegalArgumentException(
                        "wildcards must be one of 0, none, full_label, leftmost, anywhere; got '" + text + "'");
            };
        }
    }

    /** Whether an IP reference name may be found in the common name (never with a wildcard). */
    public enum IpInCn {
        /** IP addresses match only iPAddress entries. */
        NO,
        /** An IPv4 address may be the common name. */
        V4,
        /** An IPv6 address may be the common name. */
        V6,
        /** Either may be. */
        BOTH;

        /** Parses IO::Socket::SSL's text: {@code 0}/{@code no}, {@code 4}, {@code 6}, {@code 1}/{@code both}. */
        public static IpInCn fromText(String text) {
            return switch (DomainLabels.asciiLowerCase(text.strip())) {
                case "0", "", "no" -> NO;
                case "4" -> V4;
                case "6" -> V6;
                case "1", "both" -> BOTH;
                default -> throw new IllegalArgumentException(
                        "ip_in_cn must be one of 0, 4, 6, 1 (both); got '" + text + "'");
            };
        }

        /** Whether an address of this length may be compared with the common name. */
        boolean allows(Bytes address) {
            return switch (this) {
                case NO -> false;
                case V4 -> address.length() == 4;
                case V6 -> address.length() == 16;
                case BOTH -> true;
            };
        }
    }

    /** Every rule relaxed: CN always, wildcards anywhere, IPs in the CN. */
    public static final HostnameScheme DEFAULT = predefined(CheckCn.ALWAYS, Wildcards.ANYWHERE,
            Wildcards.ANYWHERE, IpInCn.BOTH, "default");
    /** No name check at all. */
    public static final HostnameScheme NONE = new HostnameScheme(List.of("none"), true,
            CheckCn.NEVER, Wildcards.NONE, Wildcards.NONE, IpInCn.NO, null);
    /** HTTP over TLS (RFC 2818 §3.1). */
    public static final HostnameScheme RFC2818 = predefined(CheckCn.WHEN_ONLY, Wildcards.ANYWHERE,
            Wildcards.ANYWHERE, IpInCn.NO, "rfc2818");
    /** HTTPS as browsers apply it: RFC 2818 plus an IPv4 address in the common name. */
    public static final HostnameScheme HTTP = predefined(CheckCn.WHEN_ONLY, Wildcards.ANYWHERE,
            Wildcards.ANYWHERE, IpInCn.V4, "http", "www");
    /** XMPP (RFC 3920). */
    public static final HostnameScheme XMPP = predefined(CheckCn.WHEN_ONLY, Wildcards.ANYWHERE,
            Wildcards.ANYWHERE, IpInCn.NO, "xmpp", "rfc3920");
    /** FTP over TLS (RFC 4217). */
    public static final HostnameScheme FTP = predefined(CheckCn.WHEN_ONLY, Wildcards.ANYWHERE,
            Wildcards.ANYWHERE, IpInCn.NO, "ftp", "rfc4217");
    /** SMTP STARTTLS (RFC 2595's rules). */
    public static final HostnameScheme SMTP = predefined(CheckCn.ALWAYS, Wildcards.FULL_LABEL,
            Wildcards.FULL_LABEL, IpInCn.NO, "smtp", "rfc2595");
    /** IMAP (RFC 2595). */
    public static final HostnameScheme IMAP = predefined(CheckCn.ALWAYS, Wildcards.FULL_LABEL,
            Wildcards.FULL_LABEL, IpInCn.NO, "imap");
    /** POP3 (RFC 2595). */
    public static final HostnameScheme POP3 = predefined(CheckCn.ALWAYS, Wildcards.FULL_LABEL,
            Wildcards.FULL_LABEL, IpInCn.NO, "pop3");
    /** ACAP (RFC 4642). */
    public static final HostnameScheme ACAP = predefined(CheckCn.ALWAYS, Wildcards.FULL_LABEL,
            Wildcards.FULL_LABEL, IpInCn.NO, "acap", "rfc4642");
    /** NNTP (RFC 5539). */
    public static final HostnameScheme NNTP = predefined(CheckCn.ALWAYS, Wildcards.FULL_LABEL,
            Wildcards.FULL_LABEL, IpInCn.NO, "nntp", "rfc5539");
    /** NETCONF (RFC 5538). */
    public static final HostnameScheme NETCONF = predefined(CheckCn.ALWAYS, Wildcards.FULL_LABEL,
            Wildcards.FULL_LABEL, IpInCn.NO, "netconf", "rfc5538");
    /** Syslog (RFC 5425). */
    public static final HostnameScheme SYSLOG = predefined(CheckCn.ALWAYS, Wildcards.FULL_LABEL,
            Wildcards.FULL_LABEL, IpInCn.NO, "syslog", "rfc5425");
    /** SNMP (RFC 5953). */
    public static final HostnameScheme SNMP = predefined(CheckCn.ALWAYS, Wildcards.FULL_LABEL,
            Wildcards.FULL_LABEL, IpInCn.NO, "snmp", "rfc5953");
    /** LDAP (RFC 4513): full-label wildcards in subjectAltName only. */
    public static final HostnameScheme LDAP = predefined(CheckCn.ALWAYS, Wildcards.FULL_LABEL,
            Wildcards.NONE, IpInCn.NO, "ldap", "rfc4513");
    /** SIP (RFC 5922): no wildcards. */
    public static final HostnameScheme SIP = predefined(CheckCn.ALWAYS, Wildcards.NONE,
            Wildcards.NONE, IpInCn.NO, "sip", "rfc5922");
    /** GIST (RFC 5971). */
    public static final HostnameScheme GIST = predefined(CheckCn.WHEN_ONLY, Wildcards.FULL_LABEL,
            Wildcards.FULL_LABEL, IpInCn.NO, "gist", "rfc5971");

    /** Every name of every predefined scheme; built once, after the constants above. */
    private static final Map<String, HostnameScheme> BY_NAME = index(DEFAULT, NONE, RFC2818, HTTP, XMPP, FTP,
            SMTP, IMAP, POP3, ACAP, NNTP, NETCONF, SYSLOG, SNMP, LDAP, SIP, GIST);

    private final List<String> names;
    private final boolean skipCheck;
    private final CheckCn checkCn;
    private final Wildcards wildcardsInAlt;
    private final Wildcards wildcardsInCn;
    private final IpInCn ipInCn;
    private final HostnameCallback callback;

    private HostnameScheme(List<String> names, boolean skipCheck, CheckCn checkCn, Wildcards wildcardsInAlt,
            Wildcards wildcardsInCn, IpInCn ipInCn, HostnameCallback callback) {
        this.names = names;
        this.skipCheck = skipCheck;
        this.checkCn = checkCn;
        this.wildcardsInAlt = wildcardsInAlt;
        this.wildcardsInCn = wildcardsInCn;
        this.ipInCn = ipInCn;
        this.callback = callback;
    }

    private static HostnameScheme predefined(CheckCn checkCn, Wildcards alt, Wildcards cn, IpInCn ip,
            String... names) {
        return new HostnameScheme(List.of(names), false, checkCn, alt, cn, ip, null);
    }

    private static Map<String, HostnameScheme> index(HostnameScheme... schemes) {
        Map<String, HostnameScheme> byName = new TreeMap<>();
        for (HostnameScheme scheme : schemes) {
            for (String alias : scheme.names) {
                byName.put(alias, scheme);
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    /**
     * The predefined scheme called {@code name}, ignoring case.
     *
     * @throws IllegalArgumentException if no scheme has that name; the message lists the names
     */
    public static HostnameScheme forName(String name) {
        HostnameScheme scheme = BY_NAME.get(DomainLabels.asciiLowerCase(name.strip()));
        if (scheme == null) {
            throw new IllegalArgumentException("unknown hostname verification scheme '" + name
                    + "'; valid names are " + String.join(", ", names()));
        }
        return scheme;
    }

    /** Every name {@link #forName} accepts, sorted. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** The predefined schemes, each once, in the order of the table above. */
    public static List<HostnameScheme> predefinedSchemes() {
        return List.of(DEFAULT, NONE, RFC2818, HTTP, XMPP, FTP, SMTP, IMAP, POP3, ACAP, NNTP, NETCONF,
                SYSLOG, SNMP, LDAP, SIP, GIST);
    }

    /** A scheme from the four knobs. */
    public static HostnameScheme custom(CheckCn checkCn, Wildcards wildcardsInAlt, Wildcards wildcardsInCn,
            IpInCn ipInCn) {
        String description = "custom(check_cn=" + checkCn + ", wildcards_in_alt=" + wildcardsInAlt
                + ", wildcards_in_cn=" + wildcardsInCn + ", ip_in_cn=" + ipInCn + ")";
        return new HostnameScheme(List.of(DomainLabels.asciiLowerCase(description)), false,
                Objects.requireNonNull(checkCn, "checkCn"), Objects.requireNonNull(wildcardsInAlt, "wildcardsInAlt"),
                Objects.requireNonNull(wildcardsInCn, "wildcardsInCn"), Objects.requireNonNull(ipInCn, "ipInCn"),
                null);
    }

    /**
     * A scheme from IO::Socket::SSL's hash keys {@code check_cn}, {@code wildcards_in_alt},
     * {@code wildcards_in_cn} and {@code ip_in_cn}, each optional and off when absent. Unlike
     * IO::Socket::SSL, an empty map is not the {@code none} scheme: it checks subjectAltName
     * entries exactly, without wildcards.
     *
     * @throws IllegalArgumentException for an unknown key or value
     */
    public static HostnameScheme fromOptions(Map<String, String> options) {
        for (String key : options.keySet()) {
            if (!List.of("check_cn", "wildcards_in_alt", "wildcards_in_cn", "ip_in_cn").contains(key)) {
                throw new IllegalArgumentException("unknown scheme option '" + key
                        + "'; valid options are check_cn, wildcards_in_alt, wildcards_in_cn, ip_in_cn");
            }
        }
        return custom(CheckCn.fromText(options.getOrDefault("check_cn", "0")),
                Wildcards.fromText(options.getOrDefault("wildcards_in_alt", "0")),
                Wildcards.fromText(options.getOrDefault("wildcards_in_cn", "0")),
                IpInCn.fromText(options.getOrDefault("ip_in_cn", "0")));
    }

    /** A scheme that hands the whole decision to {@code callback}; the knobs play no part. */
    public static HostnameScheme callback(HostnameCallback callback) {
        return new HostnameScheme(List.of("callback"), false, CheckCn.NEVER, Wildcards.NONE, Wildcards.NONE,
                IpInCn.NO, Objects.requireNonNull(callback, "callback"));
    }

    /** The primary name ({@code http} for http/www), or a description of a custom scheme. */
    public String name() {
        return names.get(0);
    }

    /** Every name {@link #forName} knows this scheme by ({@code [http, www]}); one for a custom scheme. */
    public List<String> aliases() {
        return names;
    }

    /** Whether this is the {@code none} scheme, which accepts every name. */
    public boolean skipsCheck() {
        return skipCheck;
    }

    /** When the subject's common name is consulted. */
    public CheckCn checkCn() {
        return checkCn;
    }

    /** Where subjectAltName dNSName entries may carry a wildcard. */
    public Wildcards wildcardsInAlt() {
        return wildcardsInAlt;
    }

    /** Where the common name may carry a wildcard. */
    public Wildcards wildcardsInCn() {
        return wildcardsInCn;
    }

    /** Which IP reference names may be found in the common name. */
    public IpInCn ipInCn() {
        return ipInCn;
    }

    /** The user callback, for a scheme made by {@link #callback(HostnameCallback)}. */
    public Optional<HostnameCallback> userCallback() {
        return Optional.ofNullable(callback);
    }

    @Override
    public String toString() {
        return name();
    }
}
