package dev.parley.x509.identity;

import dev.parley.x509.Certificate;
import dev.parley.x509.ext.SubjectAlternativeName;
import dev.parley.x509.name.GeneralName;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a parsed certificate's {@link PresentedIdentity}: the subject's most specific common name
 * and the dNSName and iPAddress entries of its subjectAltName extension.
 *
 * <p>RFC 6125 §6.4.4 asks for "the most specific" common name; in an RDNSequence that is the last
 * one, and it is the one Go takes too. IO::Socket::SSL's manual says nothing about certificates
 * with several CNs (its code happens to take the first); they are rare and never issued by public
 * CAs today.
 */
public final class CertificateIdentity {

    private CertificateIdentity() {
    }

    /** The identity {@code certificate} presents for hostname verification. */
    public static PresentedIdentity of(Certificate certificate) {
        List<SubjectAltName> altNames = new ArrayList<>();
        certificate.extensions().subjectAlternativeName()
                .map(SubjectAlternativeName::names)
                .orElse(List.of())
                .forEach(name -> {
                    if (name instanceof GeneralName.DnsName dns) {
                        altNames.add(SubjectAltName.dns(dns.value()));
                    } else if (name instanceof GeneralName.IpAddress ip) {
                        altNames.add(SubjectAltName.ip(ip.octets()));
                    }
                });
        List<String> commonNames = certificate.subject().commonNames();
        return commonNames.isEmpty()
                ? PresentedIdentity.of(altNames)
                : PresentedIdentity.of(commonNames.get(commonNames.size() - 1), altNames);
    }
}
