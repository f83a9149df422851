package dev.parley.cli;

import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.identity.HostnameCheck;
import dev.parley.x509.identity.HostnameScheme;
import dev.parley.x509.identity.HostnameVerifier;
import dev.parley.x509.identity.PublicSuffixList;
import dev.parley.x509.path.PathValidationException;
import dev.parley.x509.path.PathValidator;
import dev.parley.x509.path.Purpose;
import dev.parley.x509.path.ValidatedPath;
import dev.parley.x509.path.ValidationParameters;
import dev.parley.x509.pem.KeyFile;
import dev.parley.x509.trust.TrustStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code parley verify}: like {@code openssl verify}, builds and validates the path from the
 * chain file's first certificate to a trust anchor (RFC 5280 §6, the x509 module's
 * {@link PathValidator}), then, with {@code --host}, checks the name as a TLS client would.
 * Prints {@code OK} and the path, or one line saying why not; exit code 0 or 1.
 */
final class VerifyCommand extends OptionCommand {

    private static final List<Option> OPTIONS = List.of(
            Option.value("ca", "FILE|DIR", "trust anchors: a PEM file or a directory (default: the system's store)"),
            Option.value("host", "NAME", "also check that the certificate is for NAME (a host name or IP address)"),
            Option.value("scheme", "S", "the name-checking rules for --host: http (default), smtp, ldap, ... "
                    + "(IO::Socket::SSL's SSL_verifycn_scheme)"),
            Option.value("purpose", "P", "server (default) or client: the extended key usage the leaf needs"));

    VerifyCommand() {
        super(OPTIONS);
    }

    private static final Map<String, Purpose> PURPOSES = Map.of("server", Purpose.SERVER_AUTH,
            "client", Purpose.CLIENT_AUTH);

    /**
     * What to check.
     *
     * @param chain the file with the end-entity certificate first, then any intermediates
     * @param ca the trust anchors' file or directory; empty for the system's store
     * @param host the name to check, if any
     * @param scheme the hostname rules
     * @param purpose what the leaf must be fit for
     */
    record Request(Path chain, Optional<Path> ca, Optional<String> host, HostnameScheme scheme, Purpose purpose) {
    }

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String summary() {
        return "check a certificate chain against trust anchors (and a host name), like openssl verify";
    }

    @Override
    String synopsis() {
        return "usage: parley verify [--ca FILE|DIR] [--host NAME [--scheme S]] CHAIN.pem\n"
                + "       CHAIN.pem holds the certificate to check first, then any intermediates\n";
    }

    @Override
    Invocation invocation(Arguments args) throws UsageException {
        Path chain = args.toPath("the chain file", args.positionals(1, "the chain file to verify").get(0));
        Optional<String> host = args.value("host");
        if (host.isPresent() && host.get().isBlank()) {
            throw args.error("--host needs a name");
        }
        if (args.flag("scheme") && host.isEmpty()) {
            throw args.error("--scheme goes with --host NAME");
        }
        HostnameScheme scheme = scheme(args, "scheme").orElse(HostnameScheme.HTTP);
        Purpose purpose = args.choice("purpose", PURPOSES.keySet()).map(PURPOSES::get).orElse(Purpose.SERVER_AUTH);
        Request request = new Request(chain, args.path("ca"), host, scheme, purpose);
        return console -> verify(console, request);
    }

    /** The option's value as a hostname scheme, refused with the list of names when unknown. */
    static Optional<HostnameScheme> scheme(Arguments args, String option) throws UsageException {
        Optional<String> name = args.value(option);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(HostnameScheme.forName(name.get()));
        } catch (IllegalArgumentException e) {
            throw args.error("--" + option + ": unknown scheme '" + Arguments.printable(name.get()) + "'; known: "
                    + String.join(", ", HostnameScheme.names()));
        }
    }

    static int verify(Console console, Request request) throws IOException {
        List<Certificate> chain;
        TrustStore trust;
        try {
            chain = KeyFile.read(request.chain()).certificates();
            trust = trustStore(request.ca());
        } catch (X509Exception e) {
            return refuse(console, e.getMessage());
        }
        if (chain.isEmpty()) {
            return refuse(console, request.chain() + " holds no certificate");
        }
        if (trust.isEmpty()) {
            return refuse(console, "no trust anchor in " + request.ca().map(Path::toString).orElse("the system's store")
                    + " (a trust anchor is a v3 CA certificate)");
        }
        ValidatedPath path;
        try {
            path = new PathValidator(new BouncyCastleCryptoProvider()).validate(chain, trust,
                    ValidationParameters.builder().purpose(request.purpose()).build());
        } catch (PathValidationException e) {
            return refuse(console, e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + e.detail());
        }
        if (request.host().isPresent()) {
            HostnameCheck check = HostnameVerifier.explain(path.leaf(), request.host().get(), request.scheme(),
                    PublicSuffixList.defaultList());
            if (!check.matched()) {
                return refuse(console, "the certificate is not for '" + request.host().get() + "' under scheme "
                        + check.scheme() + ": it names " + check.offered());
            }
        }
        console.out().println(request.chain() + ": OK" + request.host().map(h -> ", valid for " + h).orElse(""));
        List<Certificate> certificates = path.certificates();
        for (int i = 0; i < certificates.size(); i++) {
            String role = i == 0 ? "leaf  " : i == certificates.size() - 1 ? "anchor" : "via   ";
            console.out().println("  " + role + " " + certificates.get(i).subject());
        }
        return 0;
    }

    private static TrustStore trustStore(Optional<Path> ca) throws IOException, X509Exception {
        if (ca.isEmpty()) {
            return TrustStore.systemDefault();
        }
        return Files.isDirectory(ca.get()) ? TrustStore.fromDirectory(ca.get()) : TrustStore.fromPem(ca.get());
    }

    private static int refuse(Console console, String reason) {
        console.out().println("FAILED: " + reason.replace('\n', ' '));
        return Main.FAILED;
    }
}
