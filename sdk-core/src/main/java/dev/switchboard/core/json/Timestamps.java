package dev.switchboard.core.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads an {@link Instant} from the forms APIs send: epoch seconds (integer or decimal, as a number or a string) and
 * ISO-8601 date-times in their extended and basic forms — {@code Z} or an offset ({@code +01:00}, {@code +0100},
 * {@code +01}), 0 to 9 fraction digits after {@code .} or {@code ,}, seconds optional, {@code T}, {@code t} or a
 * space between date and time, a zone id in brackets — local date-times (taken as UTC) and dates (midnight UTC).
 */
final class Timestamps {
    /** Integer digits of the largest epoch-seconds value an Instant can hold (31556889864403199). */
    private static final int MAX_INTEGER_DIGITS = 17;
    /** Longest text parsed at all: no timestamp form needs more, and refusing early bounds the work. */
    private static final int MAX_CHARS = 64;

    private Timestamps() {
    }

    /**
     * @param text a timestamp, not blank
     * @return the instant, or {@code null} if the text is no timestamp form this class knows
     */
    static Instant parse(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > MAX_CHARS) {
            return null;
        }
        if (numeric(s)) {
            try {
                return fromSeconds(new BigDecimal(s));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String iso = normalise(s);
        if (iso == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException notOffset) {
            // try the forms without an offset
        }
        try {
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // try a date
        }
        try {
            return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notDate) {
            // try a zone id
        }
        try {
            return ZonedDateTime.parse(iso).toInstant();
        } catch (DateTimeException notZoned) {
            return null;
        }
    }

    private static boolean numeric(String s) {
        int dots = 0;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.') {
                dots++;
            } else if (!(c == '-' && i == 0)) {
                return false;
            }
        }
        return digit && dots <= 1;
    }

    /** Rewrites the basic and loose forms into the extended form {@code java.time} reads; {@code null} if hopeless. */
    private static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        int i = 0;
        // Date: yyyy-MM-dd or yyyyMMdd (an optional sign and more year digits are left to java.time).
        if (s.length() >= 8 && allDigits(s, 0, 8) && (s.length() == 8 || !Character.isDigit(s.charAt(8)))) {
            b.append(s, 0, 4).append('-').append(s, 4, 6).append('-').append(s, 6, 8);
            i = 8;
        } else {
            int t = indexOfTimeSeparator(s);
            int end = t < 0 ? s.length() : t;
            b.append(s, 0, end);
            i = end;
        }
        if (i == s.length()) {
            return b.toString();
        }
        char sep = s.charAt(i);
        if (sep != 'T' && sep != 't' && sep != ' ') {
            return null;
        }
        b.append('T');
        i++;
        // Time: HH[:mm[:ss]] or HH[mm[ss]], then a fraction.
        int timeStart = i;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == ':')) {
            i++;
        }
        String time = s.substring(timeStart, i);
        if (time.indexOf(':') < 0) {
            if (time.length() == 2) {
                time = time + ":00";
            } else if (time.length() == 4) {
                time = time.substring(0, 2) + ":" + time.substring(2);
            } else if (time.length() == 6) {
                time = time.substring(0, 2) + ":" + time.substring(2, 4) + ":" + time.substring(4);
            } else {
                return null;
            }
        }
        b.append(time);
        if (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            b.append('.');
            i++;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                b.append(s.charAt(i++));
            }
        }
        // Offset: Z, z, +HH:MM, +HHMM, +HH; then an optional [zone].
        if (i < s.length()) {
            char c = s.charAt(i);
            if (c == 'Z' || c == 'z') {
                b.append('Z');
                i++;
            } else if (c == '+' || c == '-') {
                int start = i + 1;
                int j = start;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ':')) {
                    j++;
                }
                String off = s.substring(start, j).replace(":", "");
                if (off.length() == 2) {
                    off = off + "00";
                }
                if (off.length() != 4 && off.length() != 6) {
                    return null;
                }
                b.append(c).append(off, 0, 2).append(':').append(off, 2, 4);
                if (off.length() == 6) {
                    b.append(':').append(off, 4, 6);
                }
                i = j;
            }
        }
        if (i < s.length()) {
            if (s.charAt(i) != '[' || !s.endsWith("]")) {
                return null;
            }
            b.append(s, i, s.length());
        }
        return b.toString();
    }

    private static int indexOfTimeSeparator(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'T' || c == 't' || c == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param seconds epoch seconds, possibly with a fraction
     * @return the instant, or {@code null} when out of {@link Instant}'s range
     */
    static Instant fromSeconds(BigDecimal seconds) {
        // Reject magnitudes outside Instant's range (about 3.2e16 s) before any rescaling, which for a value such as
        // 1e10000000 would otherwise cost seconds of CPU.
        if (seconds.signum() != 0 && seconds.precision() - seconds.scale() > MAX_INTEGER_DIGITS) {
            return null;
        }
        if (seconds.scale() > 40) {
            seconds = seconds.setScale(9, RoundingMode.FLOOR);
        }
        try {
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            long nanos = seconds.subtract(whole).movePointRight(9).longValue();
            return Instant.ofEpochSecond(whole.longValueExact(), nanos);
        } catch (ArithmeticException | DateTimeException e) {
            return null;
        }
    }

    /**
     * @param seconds epoch seconds
     * @return the instant, or {@code null} when out of range
     */
    static Instant fromSeconds(long seconds) {
        try {
            return Instant.ofEpochSecond(seconds);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
