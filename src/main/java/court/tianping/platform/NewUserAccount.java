package court.tianping.platform;

/** What is needed to open a staff account. */
public record NewUserAccount(String username, String rawPassword, String displayName, Role role,
                             Long courtId, Long organizationId, Long memberId) {
}
