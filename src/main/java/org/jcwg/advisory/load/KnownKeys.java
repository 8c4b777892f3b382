package org.jcwg.advisory.load;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.Severity;

/**
 * Flags keys the contract does not define, suggesting the nearest known one: a typo like
 * {@code sumary} would otherwise silently drop a translation. Warnings, errors under --strict
 * (the command line raises them). Stateless.
 */
final class KnownKeys {

    private KnownKeys() {
    }

    static void check(YNode.Map map, Set<String> known, String where, List<Diagnostic> out) {
        for (YNode.Entry entry : map.entries().values()) {
            if (known.contains(entry.key())) continue;
            String hint = nearest(entry.key(), known).map(k -> ": did you mean '" + k + "'? (rename or remove it)")
                    .orElse(": remove it (known keys: " + String.join(", ", known.stream().sorted().toList()) + ")");
            out.add(new Diagnostic(Severity.WARNING, "unknown-key", entry.keyPos(),
                    "unknown key '" + entry.key() + "' in " + where + hint));
        }
    }

    static Optional<String> nearest(String key, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().sorted().toList()) {
            int d = distance(key, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
