package court.tianping.demand.application;

import court.tianping.demand.SampleFiles;
import court.tianping.demand.domain.AttachmentKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentInspectorTest {

    private final AttachmentInspector inspector = new AttachmentInspector(new court.tianping.platform.FileContents());

    @Test
    void recognisesEveryAllowedKindFromItsContent() {
        assertThat(inspector.kindOf(SampleFiles.jpeg())).contains(AttachmentKind.JPEG);
        assertThat(inspector.kindOf(SampleFiles.png())).contains(AttachmentKind.PNG);
        assertThat(inspector.kindOf(SampleFiles.heic())).contains(AttachmentKind.HEIC);
        assertThat(inspector.kindOf(SampleFiles.pdf())).contains(AttachmentKind.PDF);
        assertThat(inspector.kindOf(SampleFiles.doc(false))).contains(AttachmentKind.DOC);
        assertThat(inspector.kindOf(SampleFiles.docx())).contains(AttachmentKind.DOCX);
        assertThat(inspector.kindOf(SampleFiles.xls())).contains(AttachmentKind.XLS);
        assertThat(inspector.kindOf(SampleFiles.xlsx())).contains(AttachmentKind.XLSX);
    }

    @Test
    void refusesProgramsPagesAndArchivesWhateverTheyAreCalled() {
        assertThat(inspector.kindOf(SampleFiles.exe())).isEmpty();
        assertThat(inspector.kindOf(SampleFiles.html())).isEmpty();
        assertThat(inspector.kindOf(SampleFiles.svg())).isEmpty();
        assertThat(inspector.kindOf(SampleFiles.zip())).isEmpty();
        assertThat(inspector.kindOf("纯文本".getBytes())).isEmpty();
        assertThat(inspector.kindOf(new byte[0])).isEmpty();
    }

    @Test
    void refusesOfficeContainersThatAreNoDocumentOrHoldMacros() {
        assertThat(inspector.kindOf(SampleFiles.otherOle2())).isEmpty();
        assertThat(inspector.kindOf(SampleFiles.doc(true))).isEmpty();
        assertThat(inspector.kindOf(SampleFiles.docxWithMacros())).isEmpty();
    }

    @Test
    void refusesABrokenOfficeFile() {
        byte[] docx = SampleFiles.docx();
        assertThat(inspector.kindOf(Arrays.copyOf(docx, docx.length / 2))).isEmpty();
        byte[] xls = SampleFiles.xls();
        assertThat(inspector.kindOf(Arrays.copyOf(xls, 600))).isEmpty();
    }
}
