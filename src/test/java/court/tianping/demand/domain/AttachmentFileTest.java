package court.tianping.demand.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentFileTest {

    @Test
    void dropsFoldersAndUnsafeCharactersFromTheName() {
        assertThat(AttachmentFile.cleanName("C:\\Users\\张三\\Desktop\\现场照片.jpg", AttachmentKind.JPEG)).isEqualTo("现场照片.jpg");
        assertThat(AttachmentFile.cleanName("../../etc/passwd.pdf", AttachmentKind.PDF)).isEqualTo("passwd.pdf");
        assertThat(AttachmentFile.cleanName("a<b>:c|d?e*\"f\u0000\n.png", AttachmentKind.PNG)).isEqualTo("abcdef.png");
        assertThat(AttachmentFile.cleanName("invoice\u202Efdp.exe.pdf", AttachmentKind.PDF)).isEqualTo("invoicefdp.exe.pdf");
        assertThat(AttachmentFile.cleanName("..hidden.docx", AttachmentKind.DOCX)).isEqualTo("hidden.docx");
    }

    @Test
    void givesAFileTheExtensionOfItsKindWhenItsNameHasAnother() {
        assertThat(AttachmentFile.cleanName("photo.exe", AttachmentKind.PNG)).isEqualTo("photo.exe.png");
        assertThat(AttachmentFile.cleanName("扫描件", AttachmentKind.PDF)).isEqualTo("扫描件.pdf");
        assertThat(AttachmentFile.cleanName("IMG_0001.JPEG", AttachmentKind.JPEG)).isEqualTo("IMG_0001.JPEG");
        assertThat(AttachmentFile.cleanName("IMG_0002.heif", AttachmentKind.HEIC)).isEqualTo("IMG_0002.heif");
    }

    @Test
    void namesAFileWithoutAUsableName() {
        assertThat(AttachmentFile.cleanName(null, AttachmentKind.PNG)).isEqualTo("attachment.png");
        assertThat(AttachmentFile.cleanName("  /  ", AttachmentKind.PDF)).isEqualTo("attachment.pdf");
        assertThat(AttachmentFile.cleanName(".pdf", AttachmentKind.PDF)).isEqualTo("pdf.pdf");
    }

    @Test
    void keepsANameWithinTwoHundredCharactersAndItsExtension() {
        String name = AttachmentFile.cleanName("长".repeat(300) + ".docx", AttachmentKind.DOCX);
        assertThat(name).hasSize(200).endsWith("长.docx");
        String emoji = AttachmentFile.cleanName("\uD83D\uDCF7".repeat(150) + ".jpg", AttachmentKind.JPEG);
        assertThat(emoji.length()).isLessThanOrEqualTo(200);
        assertThat(emoji).endsWith("\uD83D\uDCF7.jpg");
        assertThat(emoji.codePoints().filter(c -> Character.isSurrogate((char) c)).count()).isZero();
    }
}
