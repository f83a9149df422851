package dev.parley.cli;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.X509Exception;
import dev.parley.x509.builder.CertificateBuilder;
import dev.parley.x509.builder.KeySpec;
import dev.parley.x509.builder.PemFiles;
import dev.parley.x509.key.CertifiedKey;
import dev.parley.x509.key.PasswordCallback;
import dev.parley.x509.pem.KeyFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code parley cert ca|leaf}: makes a CA, or a leaf certificate with subjectAltNames signed by
 * such a CA, into {@code NAME.pem} (the chain) and {@code NAME.key} (the key, PKCS #8, readable
 * by its owner only), with the x509 module's {@link CertificateBuilder}. Existing files are never
 * overwritten.
 */
final class CertCommand extends OptionCommand {

    private static final List<Option> OPTIONS = List.of(
            Option.value("out", "NAME", "write NAME.pem and NAME.key (required)"),
            Option.value("ca", "NAME", "leaf: the CA's NAME.pem and NAME.key sign it (required for leaf)"),
            Option.value("san", "NAMES", "leaf: DNS names and IP addresses, e.g. localhost,127.0.0.1,::1"),
            Option.value("subject", "DN", "the subject, e.g. 'CN=My CA,O=Example' (default: a CA name, or the first SAN)"),
            Option.value("key-type", "TYPE", "ec (P-256, the default), rsa (2048) or ed25519"),
            Option.value("days", "N", "valid for N days (default: CA 3650, leaf 365)"));

    CertCommand() {
        super(OPTIONS);
    }

    /** The key types the command offers, by their option value. */
    static final Map<String, KeySpec> KEY_TYPES = Map.of("ec", KeySpec.EC_P256, "rsa", KeySpec.RSA_2048,
            "ed25519", KeySpec.ED25519);

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    @Override
    public String name() {
        return "cert";
    }

    @Override
    public String summary() {
        return "create a CA, or a certificate with SANs signed by it, as PEM files";
    }

    @Override
    String synopsis() {
        return "usage: parley cert ca --out NAME [--subject DN] [--key-type ec|rsa|ed25519] [--days N]\n"
                + "       parley cert leaf --ca NAME --san NAMES --out NAME [--subject DN] [--key-type ...] [--days N]\n"
                + "e.g.   parley cert ca --out ca && parley cert leaf --ca ca --san localhost,127.0.0.1 --out server\n";
    }

    @Override
    Invocation invocation(Arguments args) throws UsageException {
        String kind = args.positionals(1, "what to make: ca or leaf").get(0);
        if (!kind.equals("ca") && !kind.equals("leaf")) {
            throw args.error("parley cert makes 'ca' or 'leaf', not '" + Arguments.printable(kind) + "'");
        }
        Path out = pemBase(args, "out", args.required("out"));
        KeySpec keySpec = keySpec(args);
        Optional<Integer> days = args.integer("days", 1, 36500);
        boolean leaf = kind.equals("leaf");
        if (!leaf && (args.flag("ca") || args.flag("san"))) {
            throw args.error("--ca and --san are for 'parley cert leaf'");
        }
        List<String> sans = args.list("san");
        if (leaf && sans.isEmpty()) {
            throw args.error("a leaf needs --san, e.g. --san localhost,127.0.0.1");
        }
        Optional<Path> ca = leaf ? Optional.of(pemBase(args, "ca", args.required("ca"))) : Optional.empty();
        String subject = args.value("subject").orElse(leaf ? "CN=" + sans.get(0) : "CN=Parley CA " + out.getFileName());
        CertificateBuilder builder;
        try {
            builder = leaf ? withSans(CertificateBuilder.leaf(subject), sans) : CertificateBuilder.ca(subject);
            builder = builder.keySpec(keySpec);
            if (days.isPresent()) {
                builder = builder.validFor(Duration.ofDays(days.get()));
            }
        } catch (IllegalArgumentException e) {
            throw args.error(Arguments.printable(String.valueOf(e.getMessage())));
        }
        CertificateBuilder request = builder;
        return console -> make(console, request, ca, out);
    }

    /** {@code --key-type} as a key spec; ECDSA P-256 when absent. */
    static KeySpec keySpec(Arguments args) throws UsageException {
        return args.choice("key-type", KEY_TYPES.keySet()).map(KEY_TYPES::get).orElse(KeySpec.EC_P256);
    }

    private static Path pemBase(Arguments args, String option, String name) throws UsageException {
        String base = name.endsWith(".pem") || name.endsWith(".key") ? name.substring(0, name.length() - 4) : name;
        Path path = args.toPath("--" + option, base);
        if (path.getFileName() == null || base.endsWith("/")) {
            throw args.error("--" + option + " names files (NAME.pem, NAME.key), not the directory '"
                    + Arguments.printable(name) + "'");
        }
        return path;
    }

    private static CertificateBuilder withSans(CertificateBuilder builder, List<String> sans) {
        List<String> dns = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        for (String san : sans) {
            (IPV4.matcher(san).matches() || san.contains(":") ? ips : dns).add(san);
        }
        return builder.dnsNames(dns.toArray(String[]::new)).ipAddresses(ips.toArray(String[]::new));
    }

    private static int make(Console console, CertificateBuilder request, Optional<Path> caBase, Path out)
            throws IOException {
        CryptoProvider crypto = new BouncyCastleCryptoProvider();
        CertifiedKey made;
        if (caBase.isPresent()) {
            Path caCert = file(caBase.get(), ".pem");
            Path caKey = file(caBase.get(), ".key");
            CertifiedKey ca;
            try {
                ca = KeyFile.certifiedKey(caCert, caKey, PasswordCallback.of(new char[0]), crypto);
            } catch (X509Exception e) {
                throw new IOException("cannot use the CA " + caCert + " / " + caKey + ": " + e.getMessage(), e);
            }
            try {
                made = request.signedBy(ca, crypto);
            } catch (IllegalArgumentException e) {
                throw new IOException("cannot sign with " + caCert + ": " + e.getMessage(), e);
            }
        } else {
            made = request.selfSigned(crypto);
        }
        Path pem = file(out, ".pem");
        Path key = file(out, ".key");
        PemFiles.write(made, pem, key);
        console.out().println("wrote " + pem + " (" + made.certificate().subject() + ", issued by "
                + made.certificate().issuer() + ", valid until " + made.certificate().validity().notAfter() + ")");
        console.out().println("wrote " + key + " (its private key; keep it secret)");
        return 0;
    }

    private static Path file(Path base, String extension) {
        return base.resolveSibling(base.getFileName() + extension);
    }
}
