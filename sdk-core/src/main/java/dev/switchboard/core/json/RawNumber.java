package dev.switchboard.core.json;

import dev.switchboard.core.DecodeException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A JSON number kept as the text that was sent: decimals (so {@code 601.50} keeps its scale and {@code 1e2} its
 * form), integers beyond 64 bits, and {@code -0}. It is written back verbatim and converted only when read.
 */
final class RawNumber {
    final String text;
    final boolean integral;

    RawNumber(String text, boolean integral) {
        this.text = text;
        this.integral = integral;
    }

    /**
     * @return a {@link BigInteger} for an integer, else a {@link BigDecimal}
     * @throws DecodeException if the number cannot be represented (an exponent beyond 32 bits)
     */
    Number value() {
        try {
            return integral ? new BigInteger(text) : new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new DecodeException("a JSON number is out of the representable range (its exponent does not fit 32 bits)",
                    "", null);
        }
    }

    /**
     * @return the number as a decimal
     * @throws DecodeException as {@link #value()}
     */
    BigDecimal decimal() {
        Number n = value();
        return n instanceof BigDecimal d ? d : new BigDecimal((BigInteger) n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawNumber r && r.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
