package court.tianping.organization;

/** Party posts: 书记, 副书记, 组织委员, 宣传委员, 纪检委员, 党小组长. */
public enum Post {
    SECRETARY, DEPUTY_SECRETARY, ORGANISATION, PUBLICITY, DISCIPLINE, CELL_LEADER;

    public boolean heldInCell() {
        return this == CELL_LEADER;
    }
}
