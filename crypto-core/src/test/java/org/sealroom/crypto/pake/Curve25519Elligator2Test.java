package org.sealroom.crypto.pake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.crypto.pake.CpaceVectors.hex;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The constant-time Elligator 2 map against RFC 9380's curve25519 vectors and against a plain {@link BigInteger}
 * transcription of the draft's reference code (Appendix A.5) on random and edge-case inputs.
 */
class Curve25519Elligator2Test {

    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger A = BigInteger.valueOf(486662);
    private static final BigInteger Z = BigInteger.TWO;
    private static final BigInteger TWO_255 = BigInteger.TWO.pow(255);

    @Test
    void matchesRfc9380AppendixJ42() {
        for (JsonNode vector : CpaceVectors.list("elligator2", "cases")) {
            byte[] u = littleEndian(new BigInteger(1, hex(vector, "u")));
            assertThat(Curve25519Elligator2.mapToCurve(u))
                    .as("msg=%s", CpaceVectors.text(vector, "msg"))
                    .isEqualTo(littleEndian(new BigInteger(1, hex(vector, "Q_x"))));
        }
    }

    @Property(tries = 300, seed = CpaceVectors.SEED)
    void agreesWithReferenceOnAnyInput(@ForAll("fieldStrings") byte[] input) {
        assertThat(Curve25519Elligator2.mapToCurve(input)).isEqualTo(littleEndian(reference(input)));
    }

    @Property(tries = 300, seed = CpaceVectors.SEED)
    void outputIsOnTheCurve(@ForAll("fieldStrings") byte[] input) {
        BigInteger x = fromLittleEndian(Curve25519Elligator2.mapToCurve(input));
        assertThat(x).isLessThan(P);
        BigInteger gx = x.pow(3).add(A.multiply(x.pow(2))).add(x).mod(P);
        assertThat(legendre(gx)).isIn(BigInteger.ZERO, BigInteger.ONE);
    }

    @Provide
    Arbitrary<byte[]> fieldStrings() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofSize(32);
        Arbitrary<byte[]> edges = Arbitraries.of(
                BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, P.subtract(BigInteger.ONE), P, P.add(BigInteger.ONE),
                TWO_255.subtract(BigInteger.ONE), TWO_255, TWO_255.add(P),
                TWO_255.multiply(BigInteger.TWO).subtract(BigInteger.ONE), A, P.subtract(A)).map(Curve25519Elligator2Test::littleEndian);
        return Arbitraries.frequencyOf(Tuple.of(4, random), Tuple.of(1, edges));
    }

    /** draft-irtf-cfrg-cpace-21 Appendix A.5 elligator2() after decodeUCoordinate(r, 255), in BigInteger. */
    private static BigInteger reference(byte[] input) {
        BigInteger r = fromLittleEndian(input).mod(TWO_255).mod(P);
        BigInteger v = A.negate().multiply(BigInteger.ONE.add(Z.multiply(r.pow(2))).modInverse(P)).mod(P);
        BigInteger epsilon = legendre(v.pow(3).add(A.multiply(v.pow(2))).add(v).mod(P));
        return epsilon.equals(BigInteger.ONE) ? v : v.negate().subtract(A).mod(P);
    }

    private static BigInteger legendre(BigInteger value) {
        return value.modPow(P.subtract(BigInteger.ONE).shiftRight(1), P);
    }

    private static BigInteger fromLittleEndian(byte[] le) {
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        return new BigInteger(1, be);
    }

    /** The 32-octet little-endian encoding of a value below 2^256 (bit 255 may be set). */
    private static byte[] littleEndian(BigInteger value) {
        byte[] be = value.toByteArray();
        byte[] le = new byte[32];
        for (int i = 0; i < Math.min(32, be.length); i++) {
            le[i] = be[be.length - 1 - i];
        }
        return le;
    }
}
