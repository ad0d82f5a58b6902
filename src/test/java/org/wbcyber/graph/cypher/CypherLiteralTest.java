package org.wbcyber.graph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Values as Cypher literals; LoadScriptTest reads them back through a real Neo4j. */
class CypherLiteralTest {

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertThat(CypherLiteral.string("Serbia's \"AI\" C:\\path")).isEqualTo("'Serbia\\'s \"AI\" C:\\\\path'");
    }

    @Test
    void lineBreaksAndControlCharactersAreEscapedSoEveryLiteralIsOneLine() {
        assertThat(CypherLiteral.string("a\nb\r\nc\td")).isEqualTo("'a\\nb\\r\\nc\\td'");
        assertThat(CypherLiteral.string("nul\u0000 bell\u0007 del\u007F")).isEqualTo("'nul\\u0000 bell\\u0007 del\\u007F'");
        assertThat(CypherLiteral.string("para\u2029graph zero\u200Bwidth")).isEqualTo("'para\\u2029graph zero\\u200Bwidth'");
    }

    @Test
    void textInOtherScriptsStaysReadable() {
        assertThat(CypherLiteral.string("Mugoša – Ћирилица 😀")).isEqualTo("'Mugoša – Ћирилица 😀'");
    }

    @Test
    void aLoneSurrogateIsEscapedRatherThanWrittenAsBrokenUtf8() {
        assertThat(CypherLiteral.string("x\uD83Dy")).isEqualTo("'x\\uD83Dy'");
        assertThat(CypherLiteral.string("x\uDE00")).isEqualTo("'x\\uDE00'");
    }

    @Test
    void numbersBooleansDatesListsAndMaps() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", "x");
        map.put("rank", 39L);
        map.put("value", 89.8);
        map.put("big", 1.8e7);
        map.put("available", true);
        map.put("dateStart", LocalDate.of(2022, 7, 1));
        map.put("names", List.of("A", "B"));
        map.put("empty", List.of());
        map.put("description", null);
        map.put("odd key", "v");

        assertThat(CypherLiteral.map(map)).isEqualTo("{id: 'x', rank: 39, value: 89.8, big: 1.8E7, available: true, "
                + "dateStart: date('2022-07-01'), names: ['A', 'B'], empty: [], `odd key`: 'v'}");
        assertThat(CypherLiteral.of(Arrays.asList("a", null))).isEqualTo("['a', null]");
    }

    @Test
    void namesAreBackquotedOnlyWhenTheyMustBe() {
        assertThat(CypherLiteral.name("PolicyDocument")).isEqualTo("PolicyDocument");
        assertThat(CypherLiteral.name("HAS_THEME")).isEqualTo("HAS_THEME");
        assertThat(CypherLiteral.name("a`b c")).isEqualTo("`a``b c`");
    }

    @Test
    void valuesWithoutALiteralAreRefused() {
        assertThatThrownBy(() -> CypherLiteral.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CypherLiteral.of(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
