package org.jcwg.advisory.facts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicators of compromise and identifiers, the same in every language: URLs, e-mail addresses,
 * wallet addresses, hashes, CVE and ATT&CK ids, IP addresses and domains. They run first, longest
 * forms first, so that nothing inside them is read again as a number or a date. Stateless.
 */
final class Indicators {

    private static final String B58 = "[1-9A-HJ-NP-Za-km-z]";
    // Hangul and CJK punctuation end a URL: Korean particles follow it without a space.
    private static final Pattern URL = Pattern.compile(
            "(?i)(?<![A-Za-z0-9])(?:https?|ftp)://[^\\s<>\"'`\\u3000-\\u303F\\u3131-\\u318E\\uAC00-\\uD7A3\\uFF08\\uFF09]+");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])");
    private static final Pattern ETH = Pattern.compile("(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])");
    private static final Pattern HEX = Pattern.compile("(?<![A-Za-z0-9])[0-9a-fA-F]{32,128}(?![A-Za-z0-9])");
    private static final Pattern BECH32 = Pattern.compile(
            "(?<![A-Za-z0-9])(?:bc1[02-9ac-hj-np-z]{11,71}|BC1[02-9AC-HJ-NP-Z]{11,71})(?![A-Za-z0-9])");
    private static final Pattern BASE58 = Pattern.compile(
            "(?<![A-Za-z0-9])(?:[13]" + B58 + "{25,34}|T" + B58 + "{33})(?![A-Za-z0-9])");
    private static final Pattern CVE = Pattern.compile("(?i)(?<![A-Za-z0-9])CVE-\\d{4}-\\d{4,7}(?![0-9])");
    private static final Pattern ATTACK = Pattern.compile(
            "(?<![A-Za-z0-9])(?:T\\d{4}(?:\\.\\d{3})?|TA\\d{4}|DS\\d{4}|[SGM]\\d{4})(?![A-Za-z0-9]|\\.\\d)");
    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])" + OCTET + "(?:\\." + OCTET + "){3}"
            + "(?:/(?:3[0-2]|[12]?\\d)|:\\d{1,5})?(?![\\d]|\\.\\d)");
    private static final Pattern IPV6 = Pattern.compile(
            "(?<![0-9A-Za-z:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Za-z:])");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?<![A-Za-z0-9@._%+/-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+([a-z]{2,24}|[A-Z]{2,24})"
                    + "(?![A-Za-z0-9-]|\\.[A-Za-z0-9])");
    /** Endings that make a dotted word a file name, not a domain (some are also TLDs; files are likelier). */
    private static final Set<String> FILE_ENDINGS = Set.of(
            "pdf", "doc", "docx", "docm", "xls", "xlsx", "xlsm", "ppt", "pptx", "rtf", "txt", "csv", "tsv", "json",
            "xml", "yml", "yaml", "md", "html", "htm", "js", "ts", "py", "sh", "ps1", "psm1", "bat", "cmd", "vbs",
            "hta", "jar", "apk", "ipa", "dmg", "pkg", "deb", "rpm", "msi", "exe", "dll", "sys", "scr", "lnk", "iso",
            "img", "vhd", "vhdx", "zip", "rar", "gz", "tgz", "bz2", "xz", "cab", "png", "jpg", "jpeg", "gif", "svg",
            "bmp", "mp4", "mov", "mp3", "wav", "log", "tmp", "dat", "bin", "cfg", "conf", "ini", "db", "sql",
            "java", "class", "go", "rs", "rb", "php", "asp", "aspx", "jsp", "cpp", "hpp", "onepkg", "chm", "eml",
            "msg", "ics", "wasm", "so", "dylib", "elf", "yara", "yar", "rules", "kdbx", "key", "pem", "crt", "cer");

    private static final String HEX_DIGITS = "0123456789abcdefABCDEF";
    private static final String LOCAL_PART = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._%+-";
    private static final Start EMAIL_START = Start.anywhere(LOCAL_PART, (s, i) -> i == 0 || !local(s[i - 1]));
    private static final Start IPV6_START = Start.anywhere(HEX_DIGITS + ":",
            (s, i) -> i == 0 || !hexOrColon(s[i - 1]) && !Start.isAsciiAlnum(s[i - 1]));

    private static final Start HEX_START = Start.word(HEX_DIGITS,
            (s, i) -> Start.run(s, i, c -> c < 128 && Character.digit(c, 16) >= 0) >= 32);
    private static final Start BASE58_START = Start.word("13T",
            (s, i) -> Start.run(s, i, c -> c < 128 && Character.isLetterOrDigit(c)) >= 26);
    private static final Start ATTACK_START = Start.word("TSGMD",
            (s, i) -> i + 1 < s.length && (Start.isDigit(s[i + 1]) || s[i + 1] == 'A' || s[i + 1] == 'S'));
    /** A word whose run of letters, digits and hyphens is followed by a dot and a letter or digit. */
    private static final Start DOMAIN_START = Start.word((s, i) -> {
        int dot = i + Start.run(s, i, c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-'));
        return dot + 1 < s.length && s[dot] == '.' && Start.isAsciiAlnum(s[dot + 1]);
    });
    private static final Start BECH32_START = Start.word("bB", (s, i) -> Start.startsWithIgnoringCase(s, i, "bc1"));
    private static final Start CVE_START = Start.word("cC", (s, i) -> Start.startsWithIgnoringCase(s, i, "CVE-"));

    private Indicators() {
    }

    static void scan(Scan scan) {
        if (scan.contains("://")) scan.each(URL, Start.wordStartingWith("hHfF"), m -> url(scan, m));
        if (scan.contains("@")) {
            scan.each(EMAIL, EMAIL_START, m -> scan.add(FactKind.EMAIL, m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        if (scan.contains("0x")) {
            scan.each(ETH, Start.wordStartingWith("0"),
                    m -> scan.add(FactKind.WALLET, m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        scan.each(HEX, HEX_START, m -> {
            int length = m.group().length();
            if (length == 32 || length == 40 || length == 64 || length == 128) {
                scan.add(FactKind.HASH, m.group().toLowerCase(Locale.ROOT), m.start(), m.end());
            }
        });
        scan.each(BECH32, BECH32_START, m -> scan.add(FactKind.WALLET, m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        scan.each(BASE58, BASE58_START, m -> {
            if (mixed(m.group())) scan.add(FactKind.WALLET, m.group(), m.start(), m.end()); // base58 is case-sensitive
        });
        scan.each(CVE, CVE_START, m -> scan.add(FactKind.CVE, m.group().toUpperCase(Locale.ROOT), m.start(), m.end()));
        scan.each(ATTACK, ATTACK_START, m -> scan.add(FactKind.ATTACK, m.group(), m.start(), m.end()));
        scan.each(IPV4, Start.DIGIT, m -> scan.add(FactKind.IP, m.group(), m.start(), m.end()));
        if (scan.text().indexOf(':') != scan.text().lastIndexOf(':')) scan.each(IPV6, IPV6_START, m -> {
            String canonical = ipv6(m.group());
            if (canonical != null) scan.add(FactKind.IP, canonical, m.start(), m.end());
        });
        if (scan.contains(".")) scan.each(DOMAIN, DOMAIN_START, m -> {
            if (FILE_ENDINGS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                scan.claim(m.start(), m.end()); // report.pdf: neither a domain nor a number
            } else {
                scan.add(FactKind.DOMAIN, m.group().toLowerCase(Locale.ROOT), m.start(), m.end());
            }
        });
    }

    /** A URL without the punctuation that ends the sentence around it; scheme and host lower-cased. */
    private static void url(Scan scan, Matcher m) {
        String url = m.group();
        int end = url.length();
        while (end > 0) {
            char c = url.charAt(end - 1);
            if (".,;:!?'\"".indexOf(c) >= 0 || (c == ')' && unbalanced(url, end, '(', ')'))
                    || (c == ']' && unbalanced(url, end, '[', ']'))) {
                end--;
            } else {
                break;
            }
        }
        url = url.substring(0, end);
        int hostStart = url.indexOf("://") + 3;
        if (hostStart >= url.length()) return;
        int hostEnd = hostStart;
        while (hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) hostEnd++;
        String path = url.substring(hostEnd);
        String canonical = url.substring(0, hostEnd).toLowerCase(Locale.ROOT) + (path.equals("/") ? "" : path);
        scan.add(FactKind.URL, canonical, m.start(), m.start() + end);
    }

    private static boolean local(char c) {
        return Start.isAsciiAlnum(c) || "._%+-".indexOf(c) >= 0;
    }

    private static boolean hexOrColon(char c) {
        return c == ':' || Character.digit(c, 16) >= 0 && c < 128;
    }

    private static boolean unbalanced(String s, int end, char open, char close) {
        int depth = 0;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == open) depth++;
            else if (s.charAt(i) == close) depth--;
        }
        return depth < 0;
    }

    /** Base58 addresses mix cases and digits; a word that does not is not an address. */
    private static boolean mixed(String s) {
        return s.chars().anyMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLowerCase)
                && s.substring(1).chars().anyMatch(Character::isDigit);
    }

    /** The full form of a valid IPv6 address (eight groups, no leading zeros, lower case), else null. */
    static String ipv6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) return null;
        if (s.chars().noneMatch(c -> Character.digit(c, 16) >= 0)) return null;
        String[] head = gap >= 0 ? split(s.substring(0, gap)) : split(s);
        String[] tail = gap >= 0 ? split(s.substring(gap + 2)) : new String[0];
        if (head == null || tail == null) return null;
        int groups = head.length + tail.length;
        if (gap < 0 ? groups != 8 : groups > 7) return null;
        StringBuilder sb = new StringBuilder();
        int zeros = 8 - groups;
        for (String g : head) append(sb, g);
        for (int i = 0; i < zeros; i++) append(sb, "0");
        for (String g : tail) append(sb, g);
        return sb.toString();
    }

    private static String[] split(String part) {
        if (part.isEmpty()) return new String[0];
        String[] groups = part.split(":", -1);
        for (String g : groups) {
            if (g.isEmpty() || g.length() > 4) return null;
        }
        return groups;
    }

    private static void append(StringBuilder sb, String group) {
        if (!sb.isEmpty()) sb.append(':');
        sb.append(Integer.toHexString(Integer.parseInt(group, 16)));
    }
}
