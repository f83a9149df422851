package dev.parley.x509.crl;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Oids;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.ext.Extension;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds CRL encodings field by field for tests, including encodings no CA would issue. The
 * signature is filler: parsing never checks it.
 */
final class CrlEncoder {

    private Optional<Integer> version = Optional.of(1);
    private AlgorithmIdentifier inner = AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA256);
    private AlgorithmIdentifier outer = AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA256);
    private Instant thisUpdate = Instant.parse("2030-01-01T00:00:00Z");
    private Optional<Instant> nextUpdate = Optional.of(Instant.parse("2030-02-01T00:00:00Z"));
    private final List<Entry> entries = new ArrayList<>();
    private Optional<List<Extension>> extensions = Optional.of(List.of(crlNumber(1, false)));

    private record Entry(BigInteger serial, Instant date, List<Extension> extensions) {
    }

    static Extension crlNumber(long number, boolean critical) {
        return new Extension(CrlOids.CRL_NUMBER, critical, Bytes.wrap(DerWriter.encode(w -> w.integer(number))));
    }

    static Extension reasonCode(int code) {
        return new Extension(CrlOids.REASON_CODE, false,
                Bytes.wrap(DerWriter.encode(w -> w.element(DerTag.ENUMERATED, Bytes.of((byte) code)))));
    }

    CrlEncoder version(Optional<Integer> value) {
        this.version = value;
        return this;
    }

    CrlEncoder algorithms(AlgorithmIdentifier innerValue, AlgorithmIdentifier outerValue) {
        this.inner = innerValue;
        this.outer = outerValue;
        return this;
    }

    CrlEncoder nextUpdate(Optional<Instant> value) {
        this.nextUpdate = value;
        return this;
    }

    CrlEncoder revoke(long serial, Extension... entryExtensions) {
        entries.add(new Entry(BigInteger.valueOf(serial), Instant.parse("2029-12-01T00:00:00Z"), List.of(entryExtensions)));
        return this;
    }

    CrlEncoder extensions(Optional<List<Extension>> value) {
        this.extensions = value;
        return this;
    }

    byte[] encode() {
        return DerWriter.encode(w -> w.sequence(list -> {
            list.sequence(tbs -> {
                version.ifPresent(tbs::integer);
                inner.write(tbs);
                tbs.sequence(name -> name.set(rdn -> rdn.sequence(atv -> {
                    atv.oid(Oids.COMMON_NAME);
                    atv.string(DerTag.UTF8_STRING, "Test CRL Issuer");
                })));
                tbs.time(thisUpdate);
                nextUpdate.ifPresent(tbs::time);
                if (!entries.isEmpty()) {
                    tbs.sequence(revoked -> entries.forEach(entry -> revoked.sequence(e -> {
                        e.integer(entry.serial());
                        e.time(entry.date());
                        if (!entry.extensions().isEmpty()) {
                            e.sequence(exts -> entry.extensions().forEach(x -> x.write(exts)));
                        }
                    })));
                }
                extensions.ifPresent(list0 -> tbs.explicit(0, x -> x.sequence(exts -> list0.forEach(e -> e.write(exts)))));
            });
            outer.write(list);
            list.bitString(BitString.of(Bytes.wrap(new byte[64])));
        }));
    }
}
