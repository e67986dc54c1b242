package court.tianping.triage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @Test
    void foldsFullWidthAndTraditionalCharactersAndCase() {
        assertThat(TextNormalizer.normalize("ＡＢＣ１２３　房東不退押金，怎麼辦？"))
                .isEqualTo("abc123 房东不退押金,怎么办?");
    }

    @Test
    void masksPhoneIdentityCardAndMailBeforeAnythingElseSeesTheText() {
        String text = "我叫张三，电话13912345678，座机010-66012345，身份证110102198003154218，邮箱ZhangSan@Example.com，银行卡6222020200112233445";
        String normalized = TextNormalizer.normalize(text);

        assertThat(normalized).doesNotContain("13912345678", "66012345", "110102198003154218", "zhangsan", "6222020200112233445")
                .contains(TextNormalizer.PHONE, TextNormalizer.ID_NUMBER, TextNormalizer.EMAIL, TextNormalizer.NUMBER);
    }

    @Test
    void masksFullWidthAndSpacedPhoneNumbersToo() {
        assertThat(TextNormalizer.normalize("请回电１３９１２３４５６７８或 139 1234 5678")).doesNotContainPattern("[0-9]{4}");
    }

    @Test
    void noDigitOfAPersonalNumberSurvivesIntoTheFeatures() {
        TextTriage triage = new TextTriage();

        assertThat(triage.features("联系人电话13912345678，身份证号11010219800315421X").keySet())
                .noneMatch(feature -> feature.matches(".*[0-9]{2}.*"));
    }

    @Test
    void emptyAndBlankTextsBecomeEmpty() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
        assertThat(TextNormalizer.normalize(" \t\n")).isEmpty();
    }
}
