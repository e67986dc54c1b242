package court.tianping.core;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdCardNumberTest {

    /** The worked example of GB 11643-1999. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void acceptsTheStandardsWorkedExample() {
        IdCardNumber id = new IdCardNumber(STANDARD_EXAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void computesTheCheckCharacter() {
        assertThat(IdCardNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdCardNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void normalisesALowerCaseCheckCharacter() {
        assertThat(new IdCardNumber("11010519491231002x").value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThat(IdCardNumber.isValid("110105194912310021")).isFalse();
        assertThatThrownBy(() -> new IdCardNumber("110105194912310021"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.id-card.invalid");
    }

    @Test
    void rejectsAnImpossibleBirthDate() {
        String first17 = "11010519490231002";
        assertThat(IdCardNumber.isValid(first17 + IdCardNumber.checkCharacter(first17))).isFalse();
    }

    @Test
    void rejectsWrongLengthAndLetters() {
        assertThat(IdCardNumber.isValid("1101051949123100")).isFalse();
        assertThat(IdCardNumber.isValid("A1010519491231002X")).isFalse();
        assertThat(IdCardNumber.isValid(null)).isFalse();
    }

    @Test
    void printsOnlyAMaskedValue() {
        assertThat(new IdCardNumber(STANDARD_EXAMPLE).toString()).isEqualTo("110***********002X");
    }
}
