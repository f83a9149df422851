package dev.parley.x509.identity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The full account of one hostname check: the name asked for and how it was read, the scheme,
 * every presented identifier that was compared (or skipped) and why, and what the certificate
 * offers. Its {@link #describe()} text is meant for error messages and logs.
 *
 * @param referenceName the name the caller asked for, as given
 * @param comparedAs    how it was read: a DNS name in A-labels, an IP address, or unusable
 * @param scheme        the scheme's name
 * @param matched       the verdict
 * @param steps         each comparison or skip, in the order made; the last one decided a match
 * @param offered       the certificate's identity
 */
public record HostnameCheck(String referenceName, String comparedAs, String scheme, boolean matched,
        List<Step> steps, PresentedIdentity offered) {

    /**
     * One presented identifier and what became of it.
     *
     * @param entry   which identifier, e.g. {@code DNS:*.example.com}, {@code IP:192.0.2.1}, {@code CN=...}
     * @param matched whether it matched the reference name
     * @param reason  why, in words
     */
    public record Step(String entry, boolean matched, String reason) {
        public Step {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public HostnameCheck {
        Objects.requireNonNull(referenceName, "referenceName");
        Objects.requireNonNull(comparedAs, "comparedAs");
        Objects.requireNonNull(scheme, "scheme");
        steps = List.copyOf(steps);
        Objects.requireNonNull(offered, "offered");
    }

    /** The step whose identifier matched, if the check succeeded through one. */
    public Optional<Step> matchedBy() {
        return steps.stream().filter(Step::matched).findFirst();
    }

    /** A multi-line explanation: the verdict, what the certificate offers, then each step. */
    public String describe() {
        StringBuilder text = new StringBuilder()
                .append("hostname '").append(referenceName).append("' (").append(comparedAs).append(") ")
                .append(matched ? "matches" : "does not match")
                .append(" under scheme ").append(scheme).append('\n')
                .append("  certificate offers: ").append(offered);
        for (Step step : steps) {
            text.append("\n  - ").append(step.entry()).append(": ")
                    .append(step.matched() ? "MATCH, " : "").append(step.reason());
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
