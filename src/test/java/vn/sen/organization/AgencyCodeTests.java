package vn.sen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.sen.shared.error.SenException;

class AgencyCodeTests {

    @ParameterizedTest
    @CsvSource({
        "H41, H41, 000.00.00.H41",
        "G06, G06, 000.00.00.G06",
        "H26.170, H26.170, ",
        "H55.242, H55.242, ",
        "H51.15, H51.15, 000.00.15.H51",
        "H15.50.05.13, H15.50.05.13, 013.05.50.H15",
        "H15.50.05.999, H15.50.05.999, 999.05.50.H15",
        "W00, W00, 000.00.00.W00",
        "h99.10, H99.10, 000.00.10.H99",
        "' H99.01 ', H99.01, 000.00.01.H99",
        "H55.050, H55.50, 000.00.50.H55",
    })
    void readsTheQd20Notation(String input, String qd20, String edxml) {
        AgencyCode code = AgencyCode.parse(input);

        assertThat(code.qd20Form()).isEqualTo(qd20);
        assertThat(code.toString()).isEqualTo(qd20);
        assertThat(code.edxmlForm().orElse(null)).isEqualTo(edxml);
    }

    @ParameterizedTest
    @CsvSource({
        "000.00.00.H41, H41",
        "000.00.00.G22, G22",
        "013.05.50.H15, H15.50.05.13",
        "000.00.15.H51, H51.15",
        "000.00.04.G14, G14.04",
        "002.00.20.H13, H13.20.00.02",
        "000.05.50.h15, H15.50.05",
        "' 100.99.99.K63 ', K63.99.99.100",
    })
    void readsTheEdxmlNotation(String input, String qd20) {
        AgencyCode code = AgencyCode.parse(input);

        assertThat(code.qd20Form()).isEqualTo(qd20);
        assertThat(code.edxmlForm()).contains(input.strip().toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "000.00.00.H41",
                "013.05.50.H15",
                "000.00.15.H51",
                "999.99.99.A01",
                "H41",
                "H15.50.05.13",
                "G06.01",
                "K63.99.99"
            })
    void roundTripsBetweenBothNotations(String input) {
        AgencyCode code = AgencyCode.parse(input);
        String edxml = code.edxmlForm().orElseThrow();

        assertThat(edxml).hasSize(13);
        assertThat(AgencyCode.parse(edxml)).isEqualTo(code);
        assertThat(AgencyCode.parse(code.qd20Form())).isEqualTo(code);
        assertThat(AgencyCode.parse(edxml).hashCode()).isEqualTo(code.hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"H55.242", "H26.170", "H15.100", "H15.50.100", "H15.50.05.13"})
    void hasAnEdxmlFormOnlyWhenEveryLevelFitsItsGroup(String input) {
        AgencyCode code = AgencyCode.parse(input);
        boolean fits = !input.equals("H55.242")
                && !input.equals("H26.170")
                && !input.equals("H15.100")
                && !input.equals("H15.50.100");

        assertThat(code.edxmlForm().isPresent()).isEqualTo(fits);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "H4",
                "H411",
                "L41",
                "Z01",
                "41",
                "HH41",
                "H41.",
                "H41.1",
                "H41.1000",
                "H41.00",
                "H41.05.00",
                "H41.00.00",
                "H41.01.02.03.04",
                "H41 .01",
                "H41-01",
                "000.00.00.H4",
                "00.00.00.H41",
                "0000.00.00.H41",
                "000.000.00.H41",
                "000.00.00.L41",
                "999.010.01.H22",
                "00.22.W00",
                "<b>H41</b>"
            })
    void refusesMalformedCodesWithTheExpectedForms(String input) {
        assertThat(AgencyCode.tryParse(input)).isEmpty();
        assertThatThrownBy(() -> AgencyCode.parse(input)).isInstanceOfSatisfying(SenException.class, e -> {
            assertThat(e.code()).isEqualTo("AGENCY_CODE_INVALID");
            assertThat(e.field()).isEqualTo("code");
        });
    }

    @Test
    void zeroGroupsOfTheEdxmlFormMeanMissingLevels() {
        assertThat(AgencyCode.parse("000.00.00.H41").depth()).isEqualTo(1);
        assertThat(AgencyCode.parse("000.00.15.H51").lowerLevels()).containsExactly(15);
        assertThat(AgencyCode.parse("000.05.50.H15").lowerLevels()).containsExactly(50, 5);
        assertThat(AgencyCode.parse("013.05.50.H15").lowerLevels()).containsExactly(50, 5, 13);
        // a zero between real levels is a level of its own (national axis sample 002.00.20.H13)
        assertThat(AgencyCode.parse("002.00.20.H13").qd20Form()).isEqualTo("H13.20.00.02");
        assertThat(AgencyCode.parse("H13.20.00.02").edxmlForm()).contains("002.00.20.H13");
        assertThat(AgencyCode.parse("001.02.00.H15").qd20Form()).isEqualTo("H15.00.02.01");
    }

    @Test
    void knowsItsLevelsAndParent() {
        AgencyCode code = AgencyCode.parse("H15.50.05.13");

        assertThat(code.level1()).isEqualTo("H15");
        assertThat(code.depth()).isEqualTo(4);
        assertThat(code.parent()).contains(AgencyCode.parse("H15.50.05"));
        assertThat(AgencyCode.parse("H15").parent()).isEmpty();
    }

    @Test
    void bothNotationsOfOneCodeAreEqual() {
        assertThat(AgencyCode.parse("013.05.50.H15")).isEqualTo(AgencyCode.parse("H15.50.05.13"));
        assertThat(AgencyCode.parse("H15.50.05.13")).isNotEqualTo(AgencyCode.parse("H15.50.05"));
    }

    @Test
    void keepsTheRefusedValueForTheMessage() {
        assertThatThrownBy(() -> AgencyCode.parse("  X1  "))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.args()).containsExactly("X1"));
    }
}
