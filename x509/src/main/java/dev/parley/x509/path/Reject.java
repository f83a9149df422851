package dev.parley.x509.path;

import dev.parley.x509.Certificate;

/** Builds the failures of path validation, each detail beginning with the certificate it concerns. */
final class Reject {

    private Reject() {
    }

    /** A failure of {@code certificate}, explained by {@code why}. */
    static PathValidationException because(PathFailure reason, Certificate certificate, String why) {
        return new PathValidationException(reason, certificate, name(certificate) + ": " + why);
    }

    /** Names longer than this are cut in messages, so a hostile subject cannot flood a log. */
    static final int MAX_NAME_LENGTH = 200;

    /** The subject in RFC 4514 form, or a stand-in when the subject is empty; cut when very long. */
    static String name(Certificate certificate) {
        return certificate.subject().isEmpty()
                ? "the certificate with an empty subject and serial " + cut(certificate.serialNumber().toString(16))
                        + " issued by " + cut(certificate.issuer().toString())
                : cut(certificate.subject().toString());
    }

    /** {@code text}, cut to {@link #MAX_NAME_LENGTH} characters with a note of how much was left out. */
    static String cut(String text) {
        return text.length() <= MAX_NAME_LENGTH ? text
                : text.substring(0, MAX_NAME_LENGTH) + "...(" + (text.length() - MAX_NAME_LENGTH) + " more characters)";
    }
}
