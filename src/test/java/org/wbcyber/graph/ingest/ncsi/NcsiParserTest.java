package org.wbcyber.graph.ingest.ncsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wbcyber.graph.curation.Problem;

/** NCSI country pages: Serbia's (the seed), a hand-written one, and malformed ones, every problem at once. */
class NcsiParserTest {

    static final Path SEED = Path.of("cypher/sources/002_897cc545091773c7.txt");
    static final Path TESTLAND = Path.of("src/test/resources/ncsi/testland.txt");

    private final NcsiParser parser = new NcsiParser();

    static NcsiPage seed() throws IOException {
        return new NcsiParser().parse(SEED.toString(), Files.readString(SEED));
    }

    private static NcsiPage.Indicator indicator(NcsiPage page, String code) {
        return page.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void serbiasPageHasTwelveCategoriesAndFortySixIndicators() throws IOException {
        NcsiPage page = seed();

        assertThat(page.categories()).hasSize(12);
        assertThat(page.indicators()).hasSize(46);
        assertThat(page.categories()).extracting(c -> c.indicators().size())
                .containsExactly(4, 3, 5, 4, 3, 4, 7, 2, 3, 4, 4, 3);
        assertThat(page.country()).isNull();
        assertThat(page.overall()).as("the page states no overall score or rank").isNull();

        NcsiPage.Category five = page.categories().get(4);
        assertThat(five.number()).isEqualTo("5");
        assertThat(five.name()).isEqualTo("Protection of digital services");
        assertThat(List.of(five.score(), five.max(), five.percent())).containsExactly(5, 5, 100);
        assertThat(five.line().number()).isEqualTo(84);
        NcsiPage.Category three = page.categories().get(2);
        assertThat(List.of(three.score(), three.max(), three.percent())).containsExactly(5, 9, 56);

        assertThat(page.categories().stream().mapToInt(NcsiPage.Category::score).sum()).isEqualTo(62);
        assertThat(page.categories().stream().mapToInt(NcsiPage.Category::max).sum()).isEqualTo(77);
    }

    @Test
    void indicatorsCarryScoreCriterionReferencesAndEvidence() throws IOException {
        NcsiPage page = seed();

        NcsiPage.Indicator reporting = indicator(page, "9.2");
        assertThat(reporting.name()).isEqualTo("Reporting responsibility");
        assertThat(reporting.score()).isZero();
        assertThat(reporting.max()).isEqualTo(1);
        assertThat(reporting.line()).isEqualTo(new NcsiPage.Line(164, "9.2. Reporting responsibility 001"));
        assertThat(reporting.criterion()).isEqualTo("Digital service providers and operators of essential services "
                + "have an obligation to notify appointed government authorities of cyber security incidents.");
        assertThat(reporting.acceptedReferences()).isEqualTo("Legal act");
        assertThat(reporting.evidence()).isEmpty();

        NcsiPage.Indicator unit = indicator(page, "1.1");
        assertThat(List.of(unit.score(), unit.max())).containsExactly(3, 3);
        assertThat(unit.evidence()).hasSize(7);
        assertThat(unit.evidence().get(0).text()).startsWith("Law on Information Security (Official Gazette of RS");
        assertThat(unit.evidence().get(6).text()).isEqualTo("Page 6 - Organisational Structure of the Ministry");

        assertThat(indicator(page, "9.3").evidenceText()).isEqualTo("In accordance with the Article 15 of the Law "
                + "on Information Security, the National CERT is the authorized point of contact for the cooperation "
                + "with the similar organizations in other countries.");
        assertThat(indicator(page, "12.3").evidenceText()).isEqualTo("Ministry of Trade, Tourism and Telecommunications");
    }

    @Test
    void serbiaScoresZeroOnNineIndicators() throws IOException {
        assertThat(seed().indicators().stream().filter(i -> i.score() == 0).map(NcsiPage.Indicator::code))
                .containsExactly("2.2", "3.2", "3.4", "4.3", "4.4", "9.2", "10.1", "10.4", "12.1");
        assertThat(seed().indicators().stream().filter(i -> i.score() != 0 && i.score() != i.max())).isEmpty();
    }

    @Test
    void anotherCountrysPageWithItsNameOverallFiguresAndPartialScoresParsesToo() throws IOException {
        NcsiPage page = parser.parse("testland.txt", Files.readString(TESTLAND));

        assertThat(page.country().text()).isEqualTo("Testland");
        assertThat(page.overall().score()).isEqualTo(41.5);
        assertThat(page.overall().rank()).isEqualTo(97);
        assertThat(page.overall().rankLine().number()).isEqualTo(3);
        assertThat(page.categories()).extracting(NcsiPage.Category::heading)
                .containsExactly("1. Cyber security policy development", "2. Cyber threat analysis and information");
        assertThat(page.indicators()).extracting(i -> i.code() + "=" + i.score() + "/" + i.max())
                .containsExactly("1.1=1/3", "1.2=1/2", "1.3=1/1", "1.4=0/1", "2.1=1/3", "2.2=0/1", "2.3=0/1");
        assertThat(indicator(page, "1.1").evidenceText()).as("blank lines are not evidence").isEqualTo(
                "Testland Cyber Act, Article 4 (\"the Ministry of Digital Affairs is responsible for cyber security "
                        + "policy\")\nOrganisational chart of the Ministry of Digital Affairs (2024)");
        assertThat(indicator(page, "2.2").evidence()).isEmpty();
    }

    @Test
    void scoreDigitsAreTheScoreThenTheScoreAndTheMaximum() {
        assertThat(NcsiParser.scoreDigits("001")).containsExactly(0, 1);
        assertThat(NcsiParser.scoreDigits("333")).containsExactly(3, 3);
        assertThat(NcsiParser.scoreDigits("112")).containsExactly(1, 2);
        assertThat(NcsiParser.scoreDigits("101012")).containsExactly(10, 12);
        assertThat(NcsiParser.scoreDigits("012")).as("the score is not repeated").isNull();
        assertThat(NcsiParser.scoreDigits("221")).as("score above the maximum").isNull();
        assertThat(NcsiParser.scoreDigits("000")).as("maximum 0").isNull();
        assertThat(NcsiParser.scoreDigits("01")).isNull();
        assertThat(NcsiParser.scoreDigits("111111")).as("1 of 1111 or 11 of 11: ambiguous").isNull();
    }

    @Test
    void aMalformedPageReportsEveryProblemWithItsLine() {
        String page = """
                1.1. Orphan indicator 111
                CriteriaSomething.
                Accepted referencesWebsite
                1. Cyber security policy development 2/3 67%23 67%
                1.1. Cyber security policy unit 3x3
                CriteriaA unit.
                Accepted referencesLegal act
                1.2. Cyber security policy coordination format 012
                CriteriaA committee.
                Accepted referencesLegal act
                2. Cyber threat analysis and information 2/2 100%22 100%
                2.1. Cyber threats analysis unit 111
                CriteriaA unit.
                Accepted referencesWebsite
                Some evidence.
                3. Education and professional development 1/2 50%12 60%
                3.1. Cyber safety competencies 111
                CriteriaCurricula.
                Accepted referencesCurriculum
                4. Contribution to global cyber security 1/1 100%11 100%
                5.1. Convention on Cybercrime 111
                CriteriaX.
                Accepted referencesY
                4.1. Convention on Cybercrime 111
                Accepted referencesOfficial website of the convention
                """;

        NcsiPageException e = catchThrowableOfType(NcsiPageException.class, () -> parser.parse("bad.txt", page));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "bad.txt:1: indicator 1.1: indicator outside a category: expected a category line ('N. Name "
                        + "score/max percent%scoremax percent%') before it",
                "bad.txt:5: indicator 1.1: expected an indicator line ('N.M. Name digits', e.g. '9.2. Reporting "
                        + "responsibility 001'), found '1.1. Cyber security policy unit 3x3'",
                "bad.txt:8: indicator 1.2: score digits '012' do not read as score, the score again and the maximum "
                        + "(e.g. '001' = 0 of 1, '333' = 3 of 3)",
                "bad.txt:11: category 2: its indicators add up to 1 of 1, the category line says 2 of 2",
                "bad.txt:16: category 3: the figures repeated after the percent ('12 60%') are not the score and "
                        + "maximum run together and the percent ('12 50%')",
                "bad.txt:21: indicator 5.1: indicator outside its category: it follows category 4, its code says "
                        + "category 5",
                "bad.txt:25: indicator 4.1: expected the criterion ('Criteria…') after the indicator line, found "
                        + "'Accepted referencesOfficial website of the convention'");
        assertThat(e.getMessage()).startsWith("7 problems in the NCSI page bad.txt:\n  bad.txt:1: ");
    }

    @Test
    void aTextThatIsNoNcsiPageSaysSo() {
        assertThatThrownBy(() -> parser.parse("notes.txt", "Serbia\nsome notes\n"))
                .isInstanceOf(NcsiPageException.class)
                .hasMessageContaining("notes.txt:2: expected the country's name (first), 'National Cyber Security "
                        + "Index <score>', 'Rank <rank>' or a category line");
    }

    @Test
    void aCategoryWithoutIndicatorsOrWithAWrongPercentIsAProblem() {
        NcsiPageException e = catchThrowableOfType(NcsiPageException.class, () -> parser.parse("p.txt", """
                1. Cyber security policy development 1/3 50%13 50%
                1.1. Cyber security policy unit 113
                CriteriaA unit.
                Accepted referencesLegal act
                2. Cyber threat analysis and information 0/1 0%01 0%
                """));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "p.txt:1: category 1: 50% is not 1 of 3",
                "p.txt:5: category 2: category 2 has no indicators");
    }
}
