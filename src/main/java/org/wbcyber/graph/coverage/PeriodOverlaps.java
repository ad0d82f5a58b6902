package org.wbcyber.graph.coverage;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Which of several periods ({@code [start, end]}, both inclusive; a null start means not stated) overlap another:
 * two stated periods overlap when neither starts after the other ends ({@code known}); a period not stated may
 * overlap any other ({@code unknown}), so with one of them every period is in a possible overlap. O(n log n).
 */
record PeriodOverlaps(boolean[] involved, boolean known, boolean unknown) {

    boolean any() {
        for (boolean in : involved) {
            if (in) {
                return true;
            }
        }
        return false;
    }

    static PeriodOverlaps of(List<LocalDate[]> periods) {
        int n = periods.size();
        boolean[] involved = new boolean[n];
        Integer[] stated = java.util.stream.IntStream.range(0, n).filter(i -> periods.get(i)[0] != null).boxed()
                .toArray(Integer[]::new);
        boolean unknown = n >= 2 && stated.length < n;
        if (unknown) {
            Arrays.fill(involved, true);
        }
        // Sorted by start, with the largest and second-largest end among each prefix: period i overlaps another
        // when some other period starting no later than i's end ends no earlier than i's start.
        Arrays.sort(stated, Comparator.comparing(i -> periods.get(i)[0]));
        int m = stated.length;
        LocalDate[] starts = new LocalDate[m];
        LocalDate[] best = new LocalDate[m];
        int[] bestAt = new int[m];
        LocalDate[] second = new LocalDate[m];
        for (int k = 0; k < m; k++) {
            LocalDate end = end(periods.get(stated[k]));
            starts[k] = periods.get(stated[k])[0];
            LocalDate previousBest = k == 0 ? null : best[k - 1];
            LocalDate previousSecond = k == 0 ? null : second[k - 1];
            if (previousBest == null || end.isAfter(previousBest)) {
                best[k] = end;
                bestAt[k] = k;
                second[k] = previousBest;
            } else {
                best[k] = previousBest;
                bestAt[k] = bestAt[k - 1];
                second[k] = previousSecond == null || end.isAfter(previousSecond) ? end : previousSecond;
            }
        }
        boolean known = false;
        for (int k = 0; k < m; k++) {
            LocalDate start = starts[k];
            LocalDate end = end(periods.get(stated[k]));
            if (starts[0].isAfter(end)) {
                continue; // a period that ends before it starts, and before every other starts
            }
            int last = lastStartingBy(starts, end);
            LocalDate other = bestAt[last] != k ? best[last] : second[last];
            if (other != null && !start.isAfter(other)) {
                involved[stated[k]] = true;
                known = true;
            }
        }
        return new PeriodOverlaps(involved, known, unknown);
    }

    /** A stated start without an end runs on: it overlaps everything after it. */
    private static LocalDate end(LocalDate[] period) {
        return period[1] == null ? LocalDate.MAX : period[1];
    }

    /** The index of the last start on or before {@code day}; the first start is on or before it. */
    private static int lastStartingBy(LocalDate[] starts, LocalDate day) {
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid].isAfter(day)) {
                high = mid - 1;
            } else {
                low = mid;
            }
        }
        return low;
    }
}
