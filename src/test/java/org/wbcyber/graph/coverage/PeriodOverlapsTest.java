package org.wbcyber.graph.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The sweep finds exactly what comparing every pair of periods finds. */
class PeriodOverlapsTest {

    @Test
    void agreesWithEveryPairOnRandomPeriods() {
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 3000; round++) {
            int n = 1 + random.nextInt(12);
            List<LocalDate[]> periods = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (random.nextInt(10) == 0) {
                    periods.add(new LocalDate[] {null, null});
                } else {
                    LocalDate start = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(400));
                    // mostly well-formed, sometimes one day long, now and then ending before it starts
                    periods.add(new LocalDate[] {start, start.plusDays(random.nextInt(-20, 120))});
                }
            }
            PeriodOverlaps sweep = PeriodOverlaps.of(periods);
            PeriodOverlaps pairs = everyPair(periods);
            assertThat(sweep.involved()).as("periods %s", periods.stream().map(p -> p[0] + ".." + p[1]).toList())
                    .containsExactly(pairs.involved());
            assertThat(sweep.known()).isEqualTo(pairs.known());
            assertThat(sweep.unknown()).isEqualTo(pairs.unknown());
            assertThat(sweep.any()).isEqualTo(pairs.any());
        }
    }

    @Test
    void knownCases() {
        LocalDate[] a = {LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)};
        LocalDate[] b = {LocalDate.of(2020, 12, 31), LocalDate.of(2021, 6, 30)};
        LocalDate[] c = {LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1)};
        LocalDate[] none = {null, null};
        assertThat(PeriodOverlaps.of(List.of(a, b, c)).involved()).containsExactly(true, true, false);
        assertThat(PeriodOverlaps.of(List.of(a, c)).any()).isFalse();
        PeriodOverlaps withUnknown = PeriodOverlaps.of(List.of(a, c, none));
        assertThat(withUnknown.involved()).containsExactly(true, true, true);
        assertThat(withUnknown.known()).isFalse();
        assertThat(withUnknown.unknown()).isTrue();
        assertThat(PeriodOverlaps.of(List.<LocalDate[]>of(none)).any()).isFalse();
    }

    /** The definition, pair by pair (what CoverageService did before the sweep). */
    private static PeriodOverlaps everyPair(List<LocalDate[]> periods) {
        boolean[] involved = new boolean[periods.size()];
        boolean known = false;
        boolean unknown = false;
        for (int i = 0; i < periods.size(); i++) {
            for (int j = i + 1; j < periods.size(); j++) {
                LocalDate[] a = periods.get(i);
                LocalDate[] b = periods.get(j);
                if (a[0] == null || b[0] == null) {
                    unknown = true;
                } else if (!a[0].isAfter(b[1]) && !b[0].isAfter(a[1])) {
                    known = true;
                } else {
                    continue;
                }
                involved[i] = true;
                involved[j] = true;
            }
        }
        return new PeriodOverlaps(involved, known, unknown);
    }
}
