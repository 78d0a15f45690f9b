package dev.switchboard.conversations.intercom.security;

/**
 * Checks that a string is an IPv4 or IPv6 address, optionally with a prefix length ({@code 192.168.0.1},
 * {@code 192.168.0.0/24}, {@code 2001:db8::/32}). Parsed by hand: {@code InetAddress} would resolve a host name.
 */
final class Cidr {
    private Cidr() {
    }

    /** @return why the entry is not an address or range, or {@code null} when it is one */
    static String problem(String entry) {
        if (entry == null || entry.isEmpty()) {
            return "is empty";
        }
        String address = entry;
        int prefix = -1;
        int slash = entry.indexOf('/');
        if (slash >= 0) {
            address = entry.substring(0, slash);
            prefix = number(entry.substring(slash + 1), 10, 3);
            if (prefix < 0) {
                return "has no prefix length after '/'";
            }
        }
        if (address.indexOf(':') >= 0) {
            if (!ipv6(address)) {
                return "is not an IPv6 address";
            }
            return prefix > 128 ? "has a prefix length above 128" : null;
        }
        if (!ipv4(address)) {
            return "is not an IPv4 address";
        }
        return prefix > 32 ? "has a prefix length above 32" : null;
    }

    static boolean ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            int n = number(p, 10, 3);
            if (n < 0 || n > 255 || (p.length() > 1 && p.charAt(0) == '0')) {
                return false;
            }
        }
        return true;
    }

    static boolean ipv6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        String head = gap >= 0 ? s.substring(0, gap) : s;
        String tail = gap >= 0 ? s.substring(gap + 2) : "";
        int groups = 0;
        String[][] sides = {head.isEmpty() ? new String[0] : head.split(":", -1),
            tail.isEmpty() ? new String[0] : tail.split(":", -1)};
        for (int side = 0; side < 2; side++) {
            String[] parts = sides[side];
            for (int i = 0; i < parts.length; i++) {
                boolean last = side == (gap >= 0 ? 1 : 0) && i == parts.length - 1;
                if (last && parts[i].indexOf('.') >= 0) {
                    if (!ipv4(parts[i])) {
                        return false;
                    }
                    groups += 2;
                } else if (number(parts[i], 16, 4) < 0) {
                    return false;
                } else {
                    groups++;
                }
            }
        }
        return gap >= 0 ? groups < 8 : groups == 8;
    }

    /** @return the value of 1 to {@code maxDigits} digits of the radix, or -1 */
    private static int number(String s, int radix, int maxDigits) {
        if (s.isEmpty() || s.length() > maxDigits) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0 || s.charAt(i) > 127) {
                return -1;
            }
            n = n * radix + d;
        }
        return n;
    }
}
