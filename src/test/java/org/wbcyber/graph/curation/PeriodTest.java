package org.wbcyber.graph.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aMonthSpansTheWholeMonth() {
        assertThat(Period.parse("2022-07")).isEqualTo(
                new Period("2022-07", LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 31)));
    }

    @Test
    void aRangeOfDaysKeepsBothDays() {
        assertThat(Period.parse("2023-05-03/2023-05-05")).isEqualTo(
                new Period("2023-05-03/2023-05-05", LocalDate.of(2023, 5, 3), LocalDate.of(2023, 5, 5)));
    }

    @Test
    void aRangeOfYearsRunsFromTheFirstDayToTheLast() {
        assertThat(Period.parse("2019/2023")).isEqualTo(
                new Period("2019/2023", LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31)));
    }

    @Test
    void anOpenEndStaysOpen() {
        assertThat(Period.parse("2014/")).isEqualTo(new Period("2014/", LocalDate.of(2014, 1, 1), null));
        assertThat(Period.parse("/2023").start()).isNull();
    }

    @Test
    void nonsenseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Period.parse("May 2023")).hasMessageContaining("'May 2023' is not a date");
        assertThatThrownBy(() -> Period.parse("2023-02-30")).hasMessageContaining("not a valid date");
        assertThatThrownBy(() -> Period.parse("2023/2019")).hasMessageContaining("ends (2019) before it starts (2023)");
    }
}
