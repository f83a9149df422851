package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.NamedCurve;
import java.math.BigInteger;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The EC domain parameters in use are Bouncy Castle's specialised curves, not the generic
 * {@code ECCurve.Fp} that is several times slower, and they are built once.
 */
class CustomCurveTest {

    /** The group orders q printed in RFC 6979 Appendix A.2.5, A.2.6 and A.2.7. */
    @ParameterizedTest
    @CsvSource({
        "SECP256R1, SecP256R1Curve, FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551",
        "SECP384R1, SecP384R1Curve, FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFC7634D81F4372DDF581A0DB248B0A77AECEC196ACCC52973",
        "SECP521R1, SecP521R1Curve, 1FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
            + "FFA51868783BF2F966B7FCC0148F709A5D03BB5C9B8899C47AEBB6FB71E91386409",
    })
    void domainParametersUseTheCustomCurveClasses(NamedCurve curve, String className, String order) {
        ECDomainParameters domain = EcCurves.domain(curve);
        String name = domain.getCurve().getClass().getName();
        assertTrue(name.startsWith("org.bouncycastle.math.ec.custom."), name);
        assertEquals("org.bouncycastle.math.ec.custom.sec." + className, name);
        assertEquals(new BigInteger(order, 16), domain.getN());
        assertEquals(BigInteger.ONE, domain.getH());
        assertSame(domain, EcCurves.domain(curve), "cached, not rebuilt");
        assertEquals(curve.fieldLength(), (domain.getCurve().getFieldSize() + 7) / 8);
    }
}
