package court.tianping.organization.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

record TransferRequest(@NotNull Long toOrganizationId, @NotNull LocalDate transferredOn,
                       @NotBlank @Size(max = 300) String reason) {
}
