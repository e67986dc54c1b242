package court.tianping.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    @Test
    void masksTheMiddleOfAPhoneNumber() {
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void masksTheMiddleOfAnIdCardNumber() {
        assertThat(PersonalData.maskIdCard("11010519491231002X")).isEqualTo("110***********002X");
    }

    @Test
    void masksShortValuesEntirelyAndKeepsEmptyOnes() {
        assertThat(PersonalData.maskPhone("12345")).isEqualTo("*****");
        assertThat(PersonalData.maskPhone(null)).isNull();
        assertThat(PersonalData.maskIdCard("")).isEmpty();
    }
}
