package court.tianping.demand.web;

import court.tianping.demand.application.DemandFigures.Rates;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTableTest {

    private static List<Rates> groups(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Rates("b" + i, "支部" + i, 1000 - i, 0, 0, 0, 0, 0, 0)).toList();
    }

    @Test
    void aCityTableShowsItsLargestGroupsAndCountsTheRest() {
        DemandFiguresController.Table table = new DemandFiguresController.Table("by-branch", groups(621));

        assertThat(table.rows()).hasSize(DemandFiguresController.SHOWN);
        assertThat(table.rows().get(0).name()).isEqualTo("支部0");
        assertThat(table.groups()).isEqualTo(621);
        assertThat(table.more()).isEqualTo(621 - DemandFiguresController.SHOWN);
    }

    @Test
    void aSmallTableShowsEveryGroup() {
        DemandFiguresController.Table table = new DemandFiguresController.Table("by-court", groups(3));

        assertThat(table.rows()).hasSize(3);
        assertThat(table.more()).isZero();
    }
}
